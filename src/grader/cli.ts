/**
 * `npx django-to-production grade --exercise <chapter>/<name> [options] <submission>...`
 * Exit code: 0 when every goal of every submission is met, 1 otherwise (a goal unmet, or a
 * submission that could not be graded), 2 for a mistake in the command itself.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readAllExercises } from '../exercises/read';
import { grade } from './grade';
import { csvReport, jsonReport, junitReport, textReport } from './report';

const USAGE = `Usage: django-to-production grade --exercise <chapter>/<name> [options] <submission>...

Grades each submission (a folder, a git checkout or a .zip holding the exercise's files) with the
checks the exercise shows in the browser, each in a process of its own.

Options:
  --exercise ID        the exercise, e.g. deployment-settings/production-settings
  --format FORMAT      text (default), json or junit, written to standard output
  --output FILE        write that format to FILE instead
  --csv FILE           also write a one-row-per-submission summary to FILE
  --json FILE          also write the JSON report to FILE
  --junit FILE         also write the JUnit report to FILE
  --jobs N             submissions graded at once (default: the number of cores)
  --time-limit SEC     wall time each submission's project may take, the engine's start-up
                       not counted (default 10)
  --memory MB          each submission's memory cap (default 1024)
  --list               list the exercises and exit

Exit code: 0 when every goal of every submission is met, 1 when not, 2 for a usage mistake.`;

class UsageError extends Error {}

function positive(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) throw new UsageError(`--${name} takes a positive number, not ${JSON.stringify(value)}`);
  return number;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === undefined) {
    process.stdout.write(`${USAGE}\n`);
    return command === undefined ? 2 : 0;
  }
  try {
    if (command !== 'grade') throw new UsageError(`unknown command ${JSON.stringify(command)} (the one command is grade)`);
    let parsed;
    try {
      parsed = parseArgs({
        args: rest,
        allowPositionals: true,
        options: {
          exercise: { type: 'string' },
          format: { type: 'string', default: 'text' },
          output: { type: 'string' },
          csv: { type: 'string' },
          json: { type: 'string' },
          junit: { type: 'string' },
          jobs: { type: 'string' },
          'time-limit': { type: 'string' },
          memory: { type: 'string' },
          list: { type: 'boolean', default: false },
          help: { type: 'boolean', short: 'h', default: false },
        },
      });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const { values, positionals } = parsed;
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const exercises = readAllExercises();
    if (values.list) {
      process.stdout.write(`${exercises.map((e) => `${e.id}  ${e.title}`).join('\n')}\n`);
      return 0;
    }
    if (!values.exercise) throw new UsageError('--exercise is required (--list shows them)');
    const exercise = exercises.find((e) => e.id === values.exercise);
    if (!exercise) {
      const name = values.exercise.split('/').at(-1)!;
      const near = exercises.filter((e) => e.id.includes(name)).map((e) => e.id);
      throw new UsageError(`there is no exercise ${JSON.stringify(values.exercise)}${near.length ? `; did you mean ${near.join(' or ')}?` : ' (--list shows them)'}`);
    }
    const format = values.format;
    if (!['text', 'json', 'junit'].includes(format)) throw new UsageError(`--format is text, json or junit, not ${JSON.stringify(format)}`);
    if (!positionals.length) throw new UsageError('give at least one submission (a folder or a .zip)');
    const paths = positionals;
    const report = await grade(exercise, paths, {
      jobs: values.jobs === undefined ? undefined : Math.floor(positive(values.jobs, 'jobs', 1)),
      timeLimitMs: positive(values['time-limit'], 'time-limit', 10) * 1000,
      wasmMemoryMiB: Math.floor(positive(values.memory, 'memory', 1024)),
      onResult: (result) => {
        if (paths.length > 1 && (format !== 'text' || values.output)) process.stderr.write(`${result.status.padEnd(6)} ${result.submission}\n`);
      },
    });
    const text = format === 'json' ? jsonReport(report) : format === 'junit' ? junitReport(report) : textReport(report);
    if (values.output) writeFileSync(values.output, text);
    else process.stdout.write(text);
    if (values.csv) writeFileSync(values.csv, csvReport(report));
    if (values.json) writeFileSync(values.json, jsonReport(report));
    if (values.junit) writeFileSync(values.junit, junitReport(report));
    return report.summary.passed === report.summary.submissions ? 0 : 1;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`django-to-production: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
}
