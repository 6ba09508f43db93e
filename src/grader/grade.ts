/**
 * Grading a batch: each submission read (submission.ts), run in a process of its own
 * (sandbox.ts), its goals judged here (judge.ts); as many at once as there are cores.
 */
import { existsSync, realpathSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { exerciseRequest } from '../exercises/client';
import type { Exercise } from '../exercises/exercise';
import { engineAssets, PYODIDE_DIR } from '../engine/build/assets';
import { readPythonSources } from '../engine/build/python-sources';
import { cachedEngineSnapshot } from '../engine/build/snapshot';
import { writeWholeFile } from '../engine/build/whole-file';
import type { CheckResult, ProjectFiles } from '../engine/protocol';
import { CACHE_DIR, childScript } from './child-build';
import { startJudge, type Judge } from './judge';
import { type GradeReport, SCHEMA_ID, SCHEMA_VERSION, type SubmissionResult } from './result';
import { Sandbox, SandboxError, type SandboxConfig } from './sandbox';
import { readSubmission, SubmissionError } from './submission';

interface GradeOptions {
  /** Submissions graded at once (default: the machine's cores). */
  jobs?: number;
  /** Wall time one submission's project may take, once the engine has started (default 10 s). */
  timeLimitMs?: number;
  /** Wall time the engine may take to start in a submission's process (default 120 s). */
  startLimitMs?: number;
  heapMiB?: number;
  wasmMemoryMiB?: number;
  /** Called as each submission is done (for progress). */
  onResult?: (result: SubmissionResult) => void;
}

interface Engine {
  config: SandboxConfig;
  judge: Promise<Judge>;
}

function prepare(options: GradeOptions): Promise<Engine> | Engine {
  const sources = readPythonSources();
  const assets = engineAssets(sources);
  const snapshotFile = `${CACHE_DIR}${assets.snapshotFile}`;
  const sourcesFile = `${CACHE_DIR}grader-${assets.snapshotFile.replace(/\.snapshot$/, '.sources')}`;
  const snapshot = cachedEngineSnapshot(sources, assets.snapshotFile);
  return snapshot.then(({ bytes }) => {
    if (!existsSync(sourcesFile)) writeWholeFile(sourcesFile, sourcesBundle(sources));
    const script = realpathSync(childScript());
    const childDir = script.slice(0, script.lastIndexOf('/grader/'));
    const pyodideDir = `${realpathSync(PYODIDE_DIR)}/`;
    return {
      config: {
        childScript: script,
        pyodideDir,
        snapshotFile: realpathSync(snapshotFile),
        sourcesFile: realpathSync(sourcesFile),
        readable: [`${childDir}/*`, `${pyodideDir}*`, realpathSync(snapshotFile), realpathSync(sourcesFile)],
        startLimitMs: options.startLimitMs ?? 120_000,
        timeLimitMs: options.timeLimitMs ?? 10_000,
        heapMiB: options.heapMiB ?? 512,
        wasmMemoryMiB: options.wasmMemoryMiB ?? 1024,
      },
      judge: startJudge(bytes, sources),
    };
  });
}

/** The Python sources as child.ts reads them: a JSON index of [path, start, end], then the bytes. */
function sourcesBundle(sources: Record<string, string>): Buffer {
  const index: Array<[string, number, number]> = [];
  const parts: Buffer[] = [];
  let at = 0;
  for (const [path, text] of Object.entries(sources)) {
    const bytes = Buffer.from(text, 'utf8');
    index.push([path, at, at + bytes.length]);
    parts.push(bytes);
    at += bytes.length;
  }
  const head = Buffer.from(JSON.stringify(index), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(head.length, 0);
  return Buffer.concat([length, head, ...parts]);
}

const elapsed = (since: number) => Math.round(performance.now() - since);

function findings(result: CheckResult): SubmissionResult['findings'] {
  return result.messages.map((m) => ({ id: m.id, level: m.level, message: m.msg, hint: m.hint, location: m.location ?? null }));
}

async function gradeOne(exercise: Exercise, path: string, index: number, engine: Engine): Promise<SubmissionResult> {
  const started = performance.now();
  const result: SubmissionResult = {
    submission: path,
    status: 'error',
    error: null,
    goals: [],
    findings: [],
    djangoError: null,
    fromStarter: [],
    timings: { readMs: 0, bootMs: 0, checkMs: 0, judgeMs: 0, totalMs: 0 },
  };
  const finish = () => {
    result.timings.totalMs = elapsed(started);
    return result;
  };
  let files: ProjectFiles;
  try {
    const submission = readSubmission(path, exercise.tabs, exercise.starter);
    files = submission.files as ProjectFiles;
    result.fromStarter = submission.fromStarter;
  } catch (error) {
    if (!(error instanceof SubmissionError)) throw error;
    result.error = { kind: error.kind, message: error.message };
    return finish();
  }
  result.timings.readMs = elapsed(started);
  let at = performance.now();
  const sandbox = new Sandbox(engine.config);
  const id = String(index);
  try {
    await sandbox.ready();
    result.timings.bootMs = elapsed(at);
    const judge = await engine.judge;
    at = performance.now();
    const request = exerciseRequest(exercise, files);
    const evidence = JSON.parse(await sandbox.start(request)) as { result: CheckResult };
    result.timings.checkMs = elapsed(at);
    result.findings = findings(evidence.result);
    const error = evidence.result.error;
    result.djangoError = error ? { ...error, location: error.location ?? null } : null;
    at = performance.now();
    const answers: Record<string, unknown> = {};
    for (;;) {
      const verdict = judge.judge({ submission: id, request, evidence, answers });
      if ('goals' in verdict) {
        result.goals = verdict.goals.map((g) => ({
          title: g.title,
          met: g.passed,
          why: g.passed ? null : g.problem ? `it could not be judged: ${g.problem}` : 'not met',
        }));
        break;
      }
      answers[verdict.need.key] = JSON.parse(await sandbox.question(verdict.need.question));
    }
    result.timings.judgeMs = elapsed(at);
    result.status = result.goals.every((g) => g.met) ? 'passed' : 'failed';
  } catch (error) {
    (await engine.judge).forget(id);
    if (!(error instanceof SandboxError)) throw error;
    result.error = { kind: error.kind, message: error.message };
  } finally {
    sandbox.close();
  }
  return finish();
}

/** Grade `paths` (folders or zips) as submissions of `exercise`. */
export async function grade(exercise: Exercise, paths: readonly string[], options: GradeOptions = {}): Promise<GradeReport> {
  const started = performance.now();
  const jobs = Math.max(1, options.jobs ?? availableParallelism());
  const engine = await prepare(options);
  const results: SubmissionResult[] = new Array(paths.length);
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const index = next++;
      results[index] = await gradeOne(exercise, paths[index]!, index, engine);
      options.onResult?.(results[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, paths.length) }, worker));
  const count = (status: SubmissionResult['status']) => results.filter((r) => r.status === status).length;
  return {
    $schema: SCHEMA_ID,
    version: SCHEMA_VERSION,
    exercise: { id: exercise.id, title: exercise.title },
    submissions: results,
    summary: { submissions: results.length, passed: count('passed'), failed: count('failed'), errors: count('error'), totalMs: elapsed(started), jobs },
  };
}
