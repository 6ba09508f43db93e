declare module 'virtual:engine-assets' {
  import type { ShippedAssets } from '../build/astro-integration';

  const assets: ShippedAssets;
  export default assets;
}
