/**
 * The judge: the engine in the grader's own process, where no submission's code ever runs. It
 * decides the goals (minidjango/grading/judge.py) from the facts each submission's process sends.
 */
import { loadPyodide } from 'pyodide';
import { installPythonSources, pyodideOptions, startPythonEngine, type PythonSources } from '../engine/pyodide-engine';
import { PYODIDE_DIR } from '../engine/build/assets';
import { withRoomForSnapshot } from '../engine/snapshot-room';
import type { GoalResult } from '../engine/protocol';

type Verdict = { goals: GoalResult[] } | { need: { key: string; question: unknown } };

export interface Judge {
  judge(job: { submission: string; request: object; evidence: unknown; answers: Record<string, unknown> }): Verdict;
  forget(submission: string): void;
}

export async function startJudge(snapshot: Uint8Array, sources: PythonSources): Promise<Judge> {
  const pyodide = await withRoomForSnapshot(snapshot, () =>
    loadPyodide({ indexURL: PYODIDE_DIR, ...pyodideOptions(), _loadSnapshot: snapshot } as Parameters<typeof loadPyodide>[0]),
  );
  installPythonSources(pyodide, sources);
  startPythonEngine(pyodide);
  const module = pyodide.pyimport('minidjango.grading.judge');
  const judge = module.judge as (json: string) => string;
  const forget = module.forget as (submission: string) => void;
  return {
    judge: (job) => JSON.parse(judge(JSON.stringify(job))) as Verdict,
    forget: (submission) => forget(submission),
  };
}
