/**
 * Pyodide in the test's own process with the engine's Python sources: for tests of the mini
 * Django's Python API itself (what a reader's code or a check calls), below the engine's
 * operations.
 *
 *   const python = usePython();
 *   it('...', () => {
 *     expect(python.run('from django.urls import reverse\nresult = reverse(...)', files)).toBe('/x/');
 *   });
 *
 * Each run lays out `files` as a reader's project (minidjango.project.Project: a new process
 * for Django, the project folder as working directory, `env` as the whole environment, the
 * third-party packages `installed` importable as an exercise installs them) and executes `code`
 * there; the value the code leaves in `result` comes back through JSON. An exception comes back
 * as `{ raised: 'TypeName', message: str(exc) }`, so a test can expect Django's errors too (an
 * OSError's text as on Linux, as the engine reports it: minidjango/os_errors.py).
 */
import { fileURLToPath } from 'node:url';
import { loadPyodide } from 'pyodide';
import { beforeAll } from 'vitest';
import { ENGINE_ROOT, installPythonSources } from '../../src/engine/pyodide-engine';
import { readPythonSources } from '../../src/engine/build/python-sources';

export interface Raised {
  raised: string;
  message: string;
}

export interface TestPython {
  /** Where the project's files are laid out (what Django's messages show as absolute paths). */
  readonly projectDir: string;
  run(code: string, files?: Record<string, string>, env?: Record<string, string>, installed?: string[]): unknown;
}

type Runner = (code: string, files: string, env: string, installed: string) => string;

const RUNNER = `
import json
from minidjango.os_errors import linux_text
from minidjango.project import Project

def run_for_test(code, files_json, env_json, installed_json):
    with Project(json.loads(files_json), json.loads(env_json), json.loads(installed_json)):
        namespace = {"__name__": "case_code"}  # as tools/oracle/django_case.py names it
        try:
            exec(compile(code, "<test>", "exec"), namespace)
        except BaseException as exc:
            return json.dumps({"raised": type(exc).__name__, "message": linux_text(exc)})
        return json.dumps(namespace.get("result"))
`;

/** `installed`: the packages every run of this file has unless the run says otherwise. */
export function usePython(defaults: { installed?: string[] } = {}): TestPython {
  let runner: Runner | undefined;
  let projectDir = '';
  beforeAll(async () => {
    const indexURL = fileURLToPath(new URL('../../node_modules/pyodide/', import.meta.url));
    const pyodide = await loadPyodide({ indexURL, jsglobals: Object.create(null), env: {}, stdout: () => {}, stderr: () => {} });
    installPythonSources(pyodide, readPythonSources());
    pyodide.runPython(`import sys\nsys.dont_write_bytecode = True\nsys.path.insert(0, ${JSON.stringify(ENGINE_ROOT)})`);
    pyodide.runPython(RUNNER);
    runner = pyodide.globals.get('run_for_test') as Runner;
    projectDir = pyodide.runPython('from minidjango.project import PROJECT_DIR\nPROJECT_DIR') as string;
  });
  return {
    get projectDir() {
      return projectDir;
    },
    run(code, files = {}, env = {}, installed = defaults.installed ?? []) {
      if (!runner) throw new Error('usePython(): run() before beforeAll finished');
      return JSON.parse(runner(code, JSON.stringify(files), JSON.stringify(env), JSON.stringify(installed))) as unknown;
    },
  };
}
