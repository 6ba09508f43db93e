/**
 * Chapter 9's SQL-injection exercise in Node, warm (issue 12): its whole check, and the payload
 * battery alone.
 *
 * - The battery: the exercise's twenty searches (ordinary ones and attacks) sent to the fixed
 *   views in one `request` call, each over the exercise's fixtures, as the goals send them: the
 *   total of Django's time for the twenty (inside Python), and the whole call.
 * - The whole check: the `exercise` call a reader's edit starts (check --deploy, the ORM's
 *   expected rows, the battery, the goals), inside the worker and from the caller's call to
 *   its answer. Each run's views differ by a comment, as when typing.
 */
import { loadPyodide } from 'pyodide';
import { readPythonSources } from '../../src/engine/build/python-sources';
import { startNodeEngine } from '../../src/engine/node/node-engine';
import { installPythonSources, pyodideOptions, startPythonEngine } from '../../src/engine/pyodide-engine';
import { makeReadOnly } from '../../src/engine/filesystem';
import { WARM_UP_REQUESTS } from '../../src/engine/warm-up';
import { exerciseRequest } from '../../src/exercises/client';
import { readAllExercises } from '../../src/exercises/read';
import type { ProjectFiles, RequestRequest } from '../../src/engine/protocol';
import type { Exercise } from '../../src/exercises/exercise';
import { summarize, type Timing } from './stats';

const EXERCISE = 'protection-against-attacks/sql-injection-search';

/** The searches of the exercise's checks.py (its ORDINARY and ATTACKS lists), read from its text: the battery the goals send. */
function battery(checks: string): { method: string; url: string }[] {
  const pages: Record<string, [string, string]> = { search: ['/search/', 'q'], origin: ['/origin/', 'country'], kind: ['/kind/', 'kind'] };
  // Comments out (a whole line, or after a value's comma): they hold quotes too.
  const code = checks.replace(/^\s*#.*$/gm, '').replace(/,\s*#.*$/gm, ',');
  const lines: { method: string; url: string }[] = [];
  for (const group of ['ORDINARY', 'ATTACKS']) {
    const start = code.indexOf(`${group} = {`);
    const body = code.slice(start, code.indexOf('\n}\n', start));
    for (const [page, [path, parameter]] of Object.entries(pages)) {
      const from = body.indexOf(`"${page}": [`);
      const list = body.slice(from + page.length + 4, body.indexOf(']', from));
      for (const [, double, single] of list.matchAll(/"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'/g)) {
        const value = (double ?? single ?? '').replace(/\\(.)/g, '$1');
        lines.push({ method: 'GET', url: `https://shop.example.com${path}?${new URLSearchParams({ [parameter]: value })}` });
      }
    }
  }
  return lines;
}

export interface AttacksBench {
  /** Django's time for the twenty requests of the battery, added up (inside Python). */
  batteryDjango: Timing;
  /** The `request` call of the battery, from the caller's call to its answer. */
  batteryRoundTrip: Timing;
  /** The exercise's whole check (the `exercise` call), inside the worker. */
  checkEngine: Timing;
  /** The same, from the caller's call to its answer. */
  checkRoundTrip: Timing;
  /**
   * The processor time of the whole check, in a Pyodide of this process (the engine's worker is
   * another process): what it costs whatever else the machine runs, where wall-clock timings
   * stretch with the load.
   */
  checkCpu: Timing;
  requests: number;
}

export async function benchAttacks(runs = 40): Promise<AttacksBench> {
  const exercise = readAllExercises().find((e) => e.id === EXERCISE);
  if (!exercise) throw new Error(`no exercise ${EXERCISE}`);
  const lines = battery(exercise.checks);
  if (lines.length !== 20) throw new Error(`the battery read from checks.py has ${lines.length} searches, not 20`);
  const engine = startNodeEngine({ timeLimitMs: 20_000 });
  const views = (edit: number): ProjectFiles => ({ ...exercise.solution, 'shop/views.py': `${exercise.solution['shop/views.py']}\n# edit ${edit}\n` });
  try {
    await engine.whenReady();
    const sent = (edit: number): RequestRequest => ({
      op: 'request',
      files: views(edit),
      settings_module: exercise.settings_module,
      env: exercise.env,
      fixtures: exercise.fixtures,
      requests: lines,
    });
    const first = await engine.call(sent(-1));
    const failed = first.error ?? first.responses.find((r) => r.status !== 200);
    if (failed) throw new Error(`the battery is not answered: ${JSON.stringify(failed).slice(0, 600)}`);
    const judged = await engine.call(exerciseRequest(exercise, views(-1)));
    if (!judged.goals.every((g) => g.passed)) throw new Error(`the solution does not pass: ${JSON.stringify(judged.goals)}`);
    for (let i = 0; i < 5; i++) {
      await engine.call(sent(i));
      await engine.call(exerciseRequest(exercise, views(i)));
    }
    const batteryDjango: number[] = [];
    const batteryRoundTrip: number[] = [];
    const checkEngine: number[] = [];
    const checkRoundTrip: number[] = [];
    for (let i = 0; i < runs; i++) {
      let started = performance.now();
      const answer = await engine.call(sent(100 + i));
      batteryRoundTrip.push(performance.now() - started);
      batteryDjango.push(answer.responses.reduce((sum, r) => sum + (r.ms ?? NaN), 0));
      started = performance.now();
      await engine.call(exerciseRequest(exercise, views(100 + i)));
      checkRoundTrip.push(performance.now() - started);
      checkEngine.push(engine.lastEngineMs);
    }
    const checkCpu = await cpuOfCheck(exercise, views, runs);
    return {
      checkCpu: summarize(checkCpu),
      batteryDjango: summarize(batteryDjango),
      batteryRoundTrip: summarize(batteryRoundTrip),
      checkEngine: summarize(checkEngine),
      checkRoundTrip: summarize(checkRoundTrip),
      requests: lines.length,
    };
  } finally {
    engine.close();
  }
}

/**
 * The processor time of `runs` exercise checks, each of other views, in a Pyodide of this
 * process, started as the worker starts it (serve.ts: the warm-up calls, then seal(), which
 * freezes start-up's objects out of the cycle collector's reach, and the read-only engine
 * files): without that, every collection walks all of Django again and the figure is not the
 * worker's.
 */
async function cpuOfCheck(
  exercise: Exercise,
  views: (edit: number) => ProjectFiles,
  runs: number,
): Promise<number[]> {
  const pyodide = await loadPyodide(pyodideOptions() as Parameters<typeof loadPyodide>[0]);
  installPythonSources(pyodide, readPythonSources());
  const python = startPythonEngine(pyodide);
  for (const request of WARM_UP_REQUESTS) python.handle(JSON.stringify(request));
  python.seal();
  makeReadOnly(pyodide);
  const call = (edit: number) => python.handle(JSON.stringify(exerciseRequest(exercise, views(edit))));
  for (let i = 0; i < 5; i++) call(-1 - i);
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    call(500 + i);
    const used = process.cpuUsage(before);
    cpu.push((used.user + used.system) / 1000);
  }
  return cpu;
}
