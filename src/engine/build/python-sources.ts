/**
 * The engine's Python: every file under src/python, as the build ships it to the browser and as
 * the Node worker installs it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PythonSources } from '../pyodide-engine';

export const PYTHON_SOURCE_DIR = fileURLToPath(new URL('../../python/', import.meta.url));

/** Every .py file under src/python, keyed by its path relative to that folder. */
export function readPythonSources(): PythonSources {
  const sources: PythonSources = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '__pycache__') walk(full);
      } else if (entry.name.endsWith('.py')) {
        sources[relative(PYTHON_SOURCE_DIR, full).split(sep).join('/')] = readFileSync(full, 'utf8');
      }
    }
  };
  walk(PYTHON_SOURCE_DIR);
  return sources;
}
