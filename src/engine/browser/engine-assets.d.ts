declare module 'virtual:engine-assets' {
  import type { EngineAssets } from '../build/assets';
  import type { ShippedSize } from '../shipped-snapshot';

  /**
   * The file names, the shipped snapshot's size in bytes (its download is compressed) and
   * layout, and the size of the standard library's zip (read when Python first reads it).
   */
  const assets: EngineAssets & { snapshotBytes: number; snapshotSize: ShippedSize; stdlibFile: string; stdlibBytes: number };
  export default assets;
}
