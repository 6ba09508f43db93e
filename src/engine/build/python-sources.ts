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
 * The sources as the browser gets them: the Python at start, the apps' static files (1.5 MB of
 * admin CSS and JavaScript that only collectstatic and static serving read) when Python first
 * reads one of them (pyodide-engine.ts installPythonSourcesOnFirstRead).
 */
export function splitSources(sources: PythonSources): { python: PythonSources; staticFiles: PythonSources } {
  const python: PythonSources = {};
  const staticFiles: PythonSources = {};
  for (const [path, text] of Object.entries(sources)) (path.endsWith('.py') ? python : staticFiles)[path] = text;
  return { python, staticFiles };
}
