/**
 * The GitHub Classroom template's workflow, run here as GitHub's runner would run its grading
 * step: the course checked out beside the student's repository, the step's own command. What a
 * teacher would notice if it broke: every student's push failing, or passing, whatever they did.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readAllExercises } from '../../src/exercises/read';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string | number>;
  env?: Record<string, string>;
}

const workflow = parse(readFileSync(join(REPO, 'classroom/.github/workflows/classroom.yml'), 'utf8')) as {
  env: Record<string, string>;
  jobs: { grade: { steps: Step[] } };
};
const steps = workflow.jobs.grade.steps;

describe('the classroom workflow', () => {
  it('checks out the student and the course, installs it, grades and reports to Classroom', () => {
    const uses = steps.map((s) => s.uses?.split('@')[0] ?? s.run?.split(' ')[0]);
    expect(uses).toEqual(expect.arrayContaining(['actions/checkout', 'actions/setup-node', 'npm', 'classroom-resources/autograding-command-grader', 'classroom-resources/autograding-grading-reporter']));
    expect(readAllExercises().map((e) => e.id)).toContain(workflow.env.EXERCISE);
    const reporter = steps.find((s) => s.uses?.startsWith('classroom-resources/autograding-grading-reporter'))!;
    expect(reporter.with!.runners).toBe('grade');
    expect(reporter.env!.GRADE_RESULTS).toContain('steps.grade.outputs.result');
  });

  it("passes a solved repository, with the step's own command", () => {
    const exercise = readAllExercises().find((e) => e.id === workflow.env.EXERCISE)!;
    const runner = mkdtempSync(join(tmpdir(), 'classroom-runner-'));
    symlinkSync(REPO, join(runner, 'course'));
    for (const [path, text] of Object.entries(exercise.solution)) {
      mkdirSync(dirname(join(runner, 'submission', path)), { recursive: true });
      writeFileSync(join(runner, 'submission', path), text);
    }
    writeFileSync(join(runner, 'submission', 'README.md'), '# My assignment\n');
    const grading = steps.find((s) => s.id === 'grade')!;
    const run = spawnSync('bash', ['-c', String(grading.with!.command)], {
      cwd: runner,
      env: { ...process.env, EXERCISE: workflow.env.EXERCISE, GITHUB_WORKSPACE: runner },
      encoding: 'utf8',
      timeout: 600_000,
    });
    expect(run.stdout).toContain('1 of 1 passed');
    expect(run.status).toBe(0);
    const junit = readFileSync(join(runner, 'grade.xml'), 'utf8');
    expect(junit).toMatch(/<testsuites name="[^"]+" tests="\d+" failures="0" errors="0"/);
    const report = JSON.parse(readFileSync(join(runner, 'grade.json'), 'utf8')) as { version: number; summary: { passed: number } };
    expect(report).toMatchObject({ version: 1, summary: { passed: 1 } });
  }, 600_000);
});
