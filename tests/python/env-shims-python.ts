/**
 * Python against the shims directly, as tests/support/python.ts runs it, but with third-party
 * packages installed as an exercise's `installed:` installs them (minidjango.project.Project's
 * `installed`): `run(code, files, env, ['python-dotenv'])` leaves `result` as JSON, or
 * `{ raised, message }` for an exception.
 */
import { fileURLToPath } from 'node:url';
import { loadPyodide } from 'pyodide';
import { beforeAll } from 'vitest';
import { ENGINE_ROOT, installPythonSources } from '../../src/engine/pyodide-engine';
import { readPythonSources } from '../../src/engine/node/python-sources';

type Runner = (code: string, files: string, env: string, installed: string) => string;

const RUNNER = `
import json
from minidjango.project import Project

def run_with_packages(code, files_json, env_json, installed_json):
    with Project(json.loads(files_json), json.loads(env_json), json.loads(installed_json)):
        namespace = {"__name__": "test_code"}
        try:
            exec(compile(code, "<test>", "exec"), namespace)
        except BaseException as exc:
            return json.dumps({"raised": type(exc).__name__, "message": str(exc)})
        return json.dumps(namespace.get("result"))
`;

export interface ShimPython {
  projectDir: string;
  run(code: string, files?: Record<string, string>, env?: Record<string, string>, installed?: string[]): unknown;
}

export function useShimPython(): ShimPython {
  let runner: Runner | undefined;
  const python: ShimPython = {
    projectDir: '',
    run(code, files = {}, env = {}, installed = ['python-dotenv', 'django-environ', 'whitenoise']) {
      if (!runner) throw new Error('useShimPython(): run() before beforeAll finished');
      return JSON.parse(runner(code, JSON.stringify(files), JSON.stringify(env), JSON.stringify(installed))) as unknown;
    },
  };
  beforeAll(async () => {
    const indexURL = fileURLToPath(new URL('../../node_modules/pyodide/', import.meta.url));
    const pyodide = await loadPyodide({ indexURL, jsglobals: Object.create(null), env: {}, stdout: () => {}, stderr: () => {} });
    installPythonSources(pyodide, readPythonSources());
    pyodide.runPython(`import sys\nsys.dont_write_bytecode = True\nsys.path.insert(0, ${JSON.stringify(ENGINE_ROOT)})`);
    pyodide.runPython(RUNNER);
    runner = pyodide.globals.get('run_with_packages') as Runner;
    python.projectDir = pyodide.runPython('from minidjango.project import PROJECT_DIR\nPROJECT_DIR') as string;
  });
  return python;
}
