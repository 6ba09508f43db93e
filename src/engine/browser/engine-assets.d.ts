declare module 'virtual:engine-assets' {
  import type { EngineAssets } from '../build/assets';
  import type { ShippedSize } from '../shipped-snapshot';

  /**
   * The file names, the shipped snapshot's size in bytes (its download is compressed) and
   * layout, and the sizes of what is read when Python first reads it: the standard library's
   * zip, and each of the apps' static files among the engine's sources (path → UTF-8 bytes).
   */
  const assets: EngineAssets & {
    snapshotBytes: number;
    snapshotSize: ShippedSize;
    stdlibFile: string;
    stdlibBytes: number;
    staticFileSizes: Record<string, number>;
  };
  export default assets;
}
