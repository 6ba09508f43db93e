declare module 'virtual:engine-assets' {
  import type { EngineAssets } from '../build/assets';

  /**
   * The file names, the snapshot's size in bytes (its download is compressed), and how many of
   * its heap's first bytes are shipped XOR'd with a fresh instance's memory (../snapshot-delta.ts).
   */
  const assets: EngineAssets & { snapshotBytes: number; snapshotXoredBytes: number };
  export default assets;
}
