declare module 'virtual:engine-assets' {
  import type { EngineAssets } from '../build/assets';
  import type { ShippedSize } from '../shipped-snapshot';

  /** The file names, and the shipped snapshot's size in bytes (its download is compressed) and layout. */
  const assets: EngineAssets & { snapshotBytes: number; snapshotSize: ShippedSize };
  export default assets;
}
