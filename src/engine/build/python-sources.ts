/**
 * The engine's Python: every file under src/python, as the build ships it to the browser and as
 * the Node worker installs it; with the Python, the static files an app ships in its `static/`
 * folder (django.contrib.admin's CSS, JavaScript and images, which collectstatic collects).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PythonSources } from '../pyodide-engine';

export const PYTHON_SOURCE_DIR = fileURLToPath(new URL('../../python/', import.meta.url));

/** Every .py file under src/python, and every file inside a `static` folder there, keyed by its path relative to that folder. */
export function readPythonSources(): PythonSources {
  const sources: PythonSources = {};
  const walk = (dir: string, inStatic: boolean) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '__pycache__') walk(full, inStatic || entry.name === 'static');
      } else if (entry.name.endsWith('.py') || inStatic) {
        sources[relative(PYTHON_SOURCE_DIR, full).split(sep).join('/')] = readFileSync(full, 'utf8');
      }
    }
  };
  walk(PYTHON_SOURCE_DIR, false);
  return sources;
}

/**
 * The sources as the browser gets them: in three bundles, each downloaded when Python first
 * reads one of its files (pyodide-engine.ts installPythonSourcesOnFirstRead), none at start.
 * - `imported`: the modules the snapshot has imported. Python never reads these again to run
 *   them, only for a traceback's lines (Django's debug page, a logged error).
 * - `importedLater`: the rest of the Python, read when a run first imports one of its modules
 *   (django-environ, WhiteNoise, a management command).
 * - `staticFiles`: the apps' static files (1.5 MB of the admin's CSS and JavaScript), read by
 *   collectstatic and static serving.
 */
export interface SourceBundles {
  imported: PythonSources;
  importedLater: PythonSources;
  staticFiles: PythonSources;
}

export function splitSources(sources: PythonSources, importedBySnapshot: readonly string[]): SourceBundles {
  const imported = new Set(importedBySnapshot);
  const bundles: SourceBundles = { imported: {}, importedLater: {}, staticFiles: {} };
  for (const [path, text] of Object.entries(sources)) {
    const bundle = !path.endsWith('.py') ? 'staticFiles' : imported.has(path) ? 'imported' : 'importedLater';
    bundles[bundle][path] = text;
  }
  return bundles;
}
