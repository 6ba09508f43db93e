/**
 * One batch, as a teacher's would be: good and bad submissions, broken inputs and submissions
 * that attack the grader, each graded in its own process. What a teacher would notice if this
 * broke: a student faking a pass, reading or changing the teacher's files, reaching the network,
 * hanging the batch, or one broken submission stopping the others.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, realpathSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grade } from '../../src/grader/grade';
import type { GradeReport, SubmissionResult } from '../../src/grader/result';
import { readAllExercises } from '../../src/exercises/read';
import { makeZip } from './zips';

const exercise = readAllExercises().find((e) => e.id === 'deployment-settings/production-settings')!;
const SETTINGS = 'mysite/settings.py';

let root: string;
let server: Server;
let hits = 0;
let report: GradeReport;
const byName = new Map<string, SubmissionResult>();

function folder(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** The starter (or the solution) with Python appended to its settings. */
const attack = (name: string, code: string, base: 'starter' | 'solution' = 'starter') =>
  folder(name, { ...exercise[base], [SETTINGS]: `${exercise[base][SETTINGS]}\n${code}\n` });

/** Python that tries things and raises with what happened, so the report says it. */
const tryAll = (attempts: Record<string, string>) =>
  `_outcome = {}\n${Object.entries(attempts)
    .map(([name, code]) => `try:\n${code.replace(/^/gm, '    ')}\n    _outcome[${JSON.stringify(name)}] = "allowed"\nexcept BaseException as _e:\n    _outcome[${JSON.stringify(name)}] = type(_e).__name__`)
    .join('\n')}\nraise RuntimeError("OUTCOME " + repr(sorted(_outcome.items())))`;

const outcome = (name: string) => byName.get(name)!.djangoError?.message ?? '';

beforeAll(async () => {
  root = realpathSync(mkdtempSync(join(tmpdir(), 'grader-batch-')));
  server = createServer((_request, response) => {
    hits++;
    response.end('reached');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const outside = join(root, 'outside');
  mkdirSync(outside);
  writeFileSync(join(outside, 'secret.txt'), 'TEACHERS-SECRET-TOKEN');
  const marker = join(outside, 'marker');

  const paths: Record<string, string> = {
    solution: folder('solution', exercise.solution),
    starter: folder('starter', exercise.starter),
    // A zip of a folder, as GitHub's "Download ZIP" makes one: the project is inside its one folder.
    zipped: join(root, 'zipped.zip'),
    empty: folder('empty', {}),
    missing: folder('missing', { 'README.md': 'my work' }),
    symlink: join(root, 'symlink'),
    huge: folder('huge', exercise.solution),
    notUtf8: folder('not-utf8', exercise.solution),
    corruptZip: join(root, 'corrupt.zip'),
    zipSlip: join(root, 'slip.zip'),
    nowhere: join(root, 'does-not-exist'),
    patchJudge: attack(
      'patch-judge',
      `import minidjango.exercises as _ex, minidjango.operations.exercise as _op
_op._judge = lambda goal, checked: {"title": goal.title, "passed": True, "problem": None}
for _goals in _ex._compiled.values():
    for _g in _goals:
        _g.func = lambda run: True
_ex.load_goals = lambda source: []
_ex.ExerciseRun.has = lambda self, message_id: False`,
    ),
    sysModules: attack(
      'sys-modules',
      `import sys, types
_fake = types.ModuleType("fake")
_fake.goal = lambda title: (lambda f: f)
for _name in ["minidjango.exercises", "minidjango.grading.judge", "minidjango.operations.exercise", "json"]:
    sys.modules[_name] = _fake`,
    ),
    fakeVerdict: attack(
      'fake-verdict',
      `import os, sys
_fake = '{"ready": true}\\n{"evidence": "{\\\\"result\\\\": {\\\\"error\\\\": null, \\\\"messages\\\\": []}, \\\\"settings_loaded\\\\": true}"}\\n'
print(_fake)
sys.stdout.write('PASS all goals met\\n')
for _fd in (1, 2, 3):
    try:
        os.write(_fd, _fake.encode())
    except OSError:
        pass`,
    ),
    exitZero: attack('exit-zero', 'import os\nos._exit(0)'),
    sysExit: attack('sys-exit', 'import sys\nsys.exit(0)'),
    reachJs: attack(
      'reach-js',
      tryAll({
        js: 'import js\njs.process',
        pyodide_js: 'import pyodide_js\npyodide_js._api',
        ffi: 'import pyodide.ffi',
        core: 'import _imp, importlib.machinery as _m\n_imp.create_builtin(_m.ModuleSpec("_pyodide_core", _m.BuiltinImporter))\nimport js',
      }),
    ),
    // Emscripten's way from C to JavaScript: it evaluates a string, and the process has no eval.
    runScript: attack('run-script', 'import ctypes\nctypes.CDLL(None).emscripten_run_script(b"globalThis.process.exit(0)")'),
    spawn: attack(
      'spawn',
      tryAll({
        subprocess: `import subprocess\nsubprocess.run(["touch", ${JSON.stringify(marker)}], check=True)`,
        system: `import os\nassert os.system("touch ${marker}") == 0`,
        fork: 'import os\nos.fork()',
      }),
    ),
    readOutside: attack('read-outside', tryAll({ read: `open(${JSON.stringify(join(outside, 'secret.txt'))}).read()`, passwd: 'open("/etc/passwd").read()' })),
    writeOutside: attack('write-outside', `open(${JSON.stringify(marker)}, "w").write("x")\nopen("/opt/minidjango/minidjango/exercises.py", "a").write("x")`),
    network: attack(
      'network',
      tryAll({
        urllib: `import urllib.request\nurllib.request.urlopen("http://127.0.0.1:${port}/", timeout=2).read()`,
        socket: `import socket\nsocket.create_connection(("127.0.0.1", ${port}), timeout=2)`,
      }),
    ),
    loop: attack('loop', 'while True:\n    pass'),
    memory: attack('memory', '_hoard = []\nwhile True:\n    _hoard.append(bytearray(8 * 2**20))'),
    // After the attacks above, in the same batch and the same judge: still judged as it is.
    starterAgain: folder('starter-again', exercise.starter),
  };
  writeFileSync(paths.zipped!, makeZip(Object.entries(exercise.solution).map(([path, text]) => ({ name: `student-main/${path}`, data: text }))));
  mkdirSync(paths.symlink!);
  symlinkSync('/etc/passwd', join(paths.symlink!, 'mysite'));
  writeFileSync(join(paths.huge!, 'data.bin'), '');
  truncateSync(join(paths.huge!, 'data.bin'), 100 * 2 ** 20); // sparse: 100 MB on paper
  writeFileSync(Buffer.concat([Buffer.from(`${paths.notUtf8}/caf`), Buffer.from([0xe9]), Buffer.from('.py')]), 'x = 1\n');
  writeFileSync(paths.corruptZip!, makeZip([{ name: SETTINGS, data: 'x' }]).subarray(0, 40));
  writeFileSync(paths.zipSlip!, makeZip([...Object.entries(exercise.solution).map(([path, text]) => ({ name: path, data: text })), { name: '../../escaped.py', data: 'x' }]));

  const names = Object.keys(paths);
  report = await grade(exercise, Object.values(paths), { jobs: 2, timeLimitMs: 8000, wasmMemoryMiB: 160 });
  if (process.env.GRADER_TEST_REPORT) writeFileSync(process.env.GRADER_TEST_REPORT, JSON.stringify(report, null, 1));
  report.submissions.forEach((result, i) => byName.set(names[i]!, result));
  (globalThis as { markerPath?: string }).markerPath = marker;
}, 600_000);

afterAll(() => server?.close());

describe('a batch of submissions', () => {
  it('grades a good submission as passed and the starter as failed, as the page does', () => {
    expect(byName.get('solution')!.status).toBe('passed');
    expect(byName.get('solution')!.goals.map((g) => g.met)).toEqual([true, true, true]);
    expect(byName.get('starter')!.status).toBe('failed');
    expect(byName.get('starter')!.goals.map((g) => g.met)).toEqual([false, false, false]);
    expect(byName.get('zipped')!.status).toBe('passed');
    const debug = byName.get('starter')!.findings.find((f) => f.id === 'security.W018')!;
    expect(debug.location).toMatchObject({ file: SETTINGS });
  });

  it.each([
    ['empty', 'not-a-project', /the folder is empty/],
    ['missing', 'not-a-project', /mysite\/settings\.py is missing/],
    ['symlink', 'unreadable', /mysite is a symbolic link/],
    ['huge', 'unreadable', /data\.bin is 100 MB; a file may be at most 2 MB/],
    ['notUtf8', 'unreadable', /is not UTF-8/],
    ['corruptZip', 'unreadable', /the zip cannot be read: it is not a zip file/],
    ['zipSlip', 'unreadable', /climbs out/],
    ['nowhere', 'unreadable', /no such file or folder/],
  ])('gives %s a clear error of its own and goes on', (name, kind, message) => {
    const result = byName.get(name)!;
    expect(result.status).toBe('error');
    expect(result.error).toMatchObject({ kind, message: expect.stringMatching(message) });
    expect(result.goals).toEqual([]);
  });

  it('is not fooled by a submission that rewrites the engine in its own process', () => {
    for (const name of ['patchJudge', 'sysModules', 'fakeVerdict', 'exitZero', 'sysExit', 'starterAgain']) {
      const result = byName.get(name)!;
      expect(result.status, name).not.toBe('passed');
    }
    expect(byName.get('patchJudge')!.goals.map((g) => g.met)).toEqual([false, false, false]);
    expect(byName.get('starterAgain')!.goals.map((g) => g.met)).toEqual([false, false, false]);
    expect(byName.get('exitZero')!.error?.kind).toBe('crashed');
  });

  it('gives the reader no way to JavaScript, processes, files outside or the network', () => {
    expect(outcome('reachJs')).toMatch(/^OUTCOME /);
    expect(outcome('reachJs')).not.toContain("'allowed'");
    expect(byName.get('runScript')!.error).toMatchObject({ kind: 'crashed', message: expect.stringMatching(/eval is not available/) });
    expect(outcome('spawn')).not.toContain("'allowed'");
    expect(outcome('readOutside')).not.toContain("'allowed'");
    expect(JSON.stringify(report)).not.toContain('TEACHERS-SECRET-TOKEN');
    expect(outcome('network')).not.toContain("'allowed'");
    expect(hits).toBe(0);
    expect(existsSync((globalThis as { markerPath?: string }).markerPath!)).toBe(false);
    expect(existsSync(join(root, 'escaped.py'))).toBe(false);
    expect(byName.get('writeOutside')!.status).not.toBe('passed');
  });

  it('stops an endless loop at the time limit and a memory bomb at the memory cap', () => {
    expect(byName.get('loop')!.error).toMatchObject({ kind: 'time-limit', message: expect.stringMatching(/still running after 8 s/) });
    const memory = byName.get('memory')!;
    expect(memory.status).not.toBe('passed');
    expect(memory.error?.kind === 'memory' || memory.djangoError?.type === 'MemoryError').toBe(true);
  });
});
