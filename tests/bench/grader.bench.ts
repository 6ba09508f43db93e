/**
 * The grader on a class: 100 submissions of one exercise (half solved, half the starter, each
 * a folder of its own), each graded in a process of its own that restores the engine's memory
 * snapshot, as many at once as there are cores. The figure a teacher cares about is the batch's
 * wall time; per submission, its process's start-up (the snapshot restored) and its whole time.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { grade } from '../../src/grader/grade';
import { readAllExercises } from '../../src/exercises/read';
import { summarize, type Timing } from './stats';

export interface GraderBench {
  submissions: number;
  jobs: number;
  totalMs: number;
  perSubmission: Timing;
  boot: Timing;
  /** Submissions whose verdict was not the expected one (must be 0). */
  wrong: number;
}

export async function benchGrader(count = 100): Promise<GraderBench> {
  const exercise = readAllExercises().find((e) => e.id === 'deployment-settings/production-settings')!;
  const root = mkdtempSync(join(tmpdir(), 'grader-bench-'));
  try {
    const paths = Array.from({ length: count }, (_, i) => {
      const dir = join(root, `student-${i}`);
      for (const [path, text] of Object.entries(i % 2 ? exercise.starter : exercise.solution)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
      return dir;
    });
    // The snapshot, the child's JavaScript and the judge made once before timing (a class's first run).
    await grade(exercise, paths.slice(0, 1));
    const report = await grade(exercise, paths);
    const wrong = report.submissions.filter((s, i) => s.status !== (i % 2 ? 'failed' : 'passed')).length;
    return {
      submissions: count,
      jobs: report.summary.jobs,
      totalMs: report.summary.totalMs,
      perSubmission: summarize(report.submissions.map((s) => s.timings.totalMs)),
      boot: summarize(report.submissions.map((s) => s.timings.bootMs)),
      wrong,
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 100);
  const result = await benchGrader(count);
  console.log(JSON.stringify(result, null, 2));
}
