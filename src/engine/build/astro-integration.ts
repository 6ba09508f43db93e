/**
 * The Astro integration that ships the engine with the site: it copies Pyodide's runtime and
 * writes the engine's sources and memory snapshot into the build, serves the same files in
 * `astro dev`, and tells the browser worker their names through `virtual:engine-assets`.
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { readPythonSources, splitSources, PYTHON_SOURCE_DIR, type SourceBundles } from './python-sources';
import { sourceSizes } from '../pyodide-engine';
import { engineAssets, PYODIDE_DIR, PYODIDE_RUNTIME_FILES, STDLIB_FILE, type EngineAssets } from './assets';
import { cachedEngineSnapshot } from './snapshot';
import { initialMemory } from './wasm-memory';
import { shippedSize, shippedSnapshot, type ShippedSize } from '../shipped-snapshot';
import { STDLIB_PLACEHOLDER } from '../stdlib-later';

const VIRTUAL_ID = 'virtual:engine-assets';

/**
 * What the browser worker is told through `virtual:engine-assets`: the file names, the shipped
 * snapshot's size in bytes (its download is compressed) and layout, and the sizes of what is read
 * when Python first reads it: the standard library's zip, and each file of each bundle of the
 * engine's sources (path → UTF-8 bytes).
 */
export type ShippedAssets = EngineAssets & {
  snapshotBytes: number;
  snapshotSize: ShippedSize;
  stdlibFile: string;
  stdlibBytes: number;
  sourceSizes: Record<keyof SourceBundles, Record<string, number>>;
};

function bundleNamed(assets: EngineAssets, bundles: SourceBundles, name: string): SourceBundles[keyof SourceBundles] | undefined {
  const found = (Object.keys(bundles) as Array<keyof SourceBundles>).find((bundle) => assets.sourceFiles[bundle] === name);
  return found && bundles[found];
}

function engineAssetsPlugin(assets: ShippedAssets, bundles: SourceBundles, snapshot: Uint8Array): Plugin {
  return {
    name: 'django-to-production:engine-assets',
    resolveId: (id) => (id === VIRTUAL_ID ? `\0${VIRTUAL_ID}` : undefined),
    load: (id) => (id === `\0${VIRTUAL_ID}` ? `export default ${JSON.stringify(assets)};` : undefined),
    configureServer(server) {
      // In `astro dev` the engine's files come straight from node_modules and src/python.
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0]!;
        const at = path.indexOf(`/${assets.pyodidePath}`);
        if (at < 0) return next();
        const name = path.slice(at + assets.pyodidePath.length + 1);
        const send = (body: Uint8Array | string, type: string) => {
          res.setHeader('Content-Type', type);
          res.end(body);
        };
        const bundle = bundleNamed(assets, bundles, name);
        if (bundle) return send(JSON.stringify(bundle), 'application/json');
        if (name === assets.snapshotFile) return send(snapshot, 'application/octet-stream');
        if (name === STDLIB_PLACEHOLDER.file) return send(STDLIB_PLACEHOLDER.bytes, 'application/zip');
        if (!PYODIDE_RUNTIME_FILES.includes(name)) return next();
        res.setHeader('Content-Type', name.endsWith('.wasm') ? 'application/wasm' : name.endsWith('.mjs') ? 'text/javascript' : 'application/octet-stream');
        import('node:fs').then(({ createReadStream }) => createReadStream(`${PYODIDE_DIR}${name}`).pipe(res));
      });
    },
  };
}

export function engineIntegration(): AstroIntegration {
  const sources = readPythonSources();
  const assets = engineAssets(sources);
  let bundles: SourceBundles;
  let snapshot: Uint8Array;
  return {
    name: 'django-to-production:engine',
    hooks: {
      'astro:config:setup': async ({ updateConfig, addWatchFile, command }) => {
        if (command === 'dev') for (const path of Object.keys(sources)) addWatchFile(`${PYTHON_SOURCE_DIR}${path}`);
        // Made (or read from the cache) before the pages are bundled, so the worker knows its
        // size: a compressed download cannot tell how much of it has arrived.
        const fresh = initialMemory(readFileSync(`${PYODIDE_DIR}pyodide.asm.wasm`));
        const made = await cachedEngineSnapshot(sources, assets.snapshotFile);
        snapshot = shippedSnapshot(made.bytes, fresh);
        bundles = splitSources(sources, made.imported);
        const withSize: ShippedAssets = {
          ...assets,
          snapshotBytes: snapshot.length,
          snapshotSize: shippedSize(snapshot),
          stdlibFile: STDLIB_FILE,
          stdlibBytes: statSync(`${PYODIDE_DIR}${STDLIB_FILE}`).size,
          sourceSizes: Object.fromEntries(Object.entries(bundles).map(([bundle, files]) => [bundle, sourceSizes(files)])) as ShippedAssets['sourceSizes'],
        };
        updateConfig({
          vite: {
            plugins: [engineAssetsPlugin(withSize, bundles, snapshot)],
            worker: { format: 'es', plugins: () => [engineAssetsPlugin(withSize, bundles, snapshot)] },
            optimizeDeps: { exclude: ['pyodide'] },
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(new URL(assets.pyodidePath, dir));
        mkdirSync(out, { recursive: true });
        for (const name of PYODIDE_RUNTIME_FILES) copyFileSync(`${PYODIDE_DIR}${name}`, `${out}${name}`);
        for (const bundle of Object.keys(bundles) as Array<keyof SourceBundles>) writeFileSync(`${out}${assets.sourceFiles[bundle]}`, JSON.stringify(bundles[bundle]));
        writeFileSync(`${out}${assets.snapshotFile}`, snapshot);
        writeFileSync(`${out}${STDLIB_PLACEHOLDER.file}`, STDLIB_PLACEHOLDER.bytes);
        logger.info(`engine: Pyodide ${assets.pyodidePath} and ${assets.snapshotFile} (${(snapshot.length / 1e6).toFixed(1)} MB)`);
      },
    },
  };
}
