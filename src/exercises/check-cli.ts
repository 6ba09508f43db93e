/**
 * npm run check-exercises [-- <chapter>|<chapter>/<name>...]
 * Replays every exercise (or those named) through the engine, as the tests do
 * (src/exercises/replay.ts): its folder follows the format, the starter leaves work to do, the
 * solution meets every goal, and each wrong answer stays red on exactly the goals it names.
 * Prints what is wrong, by exercise and file; exits 1 when anything is.
 */
import { startNodeEngine } from '../engine/node/node-engine';
import { ExerciseFormatError, exerciseFolders, readExerciseFolder } from './read';
import { replayExercise } from './replay';

const wanted = process.argv.slice(2).filter((arg) => arg !== '--');
const folders = exerciseFolders().filter(({ id }) => wanted.length === 0 || wanted.some((w) => id === w || id.startsWith(`${w.replace(/\/$/, '')}/`)));
if (folders.length === 0) {
  console.error(wanted.length ? `No exercise is named ${wanted.join(', ')} (exercises are content/exercises/<chapter>/<name>/).` : 'There are no exercises in content/exercises/.');
  process.exit(2);
}

const started = Date.now();
const engine = startNodeEngine({ timeLimitMs: 15_000 });
let failing = 0;
try {
  for (const { id, dir } of folders) {
    let problems: string[];
    let replayed = '';
    try {
      const exercise = readExerciseFolder(dir, id);
      const report = await replayExercise(exercise, (request) => engine.call(request));
      problems = report.results.flatMap(({ what, problems }) => problems.map((problem) => `${what}: ${problem}`));
      replayed = ` (the starter, the solution, ${report.results.filter((r) => r.what.startsWith('wrong answer')).length} wrong answers)`;
    } catch (error) {
      if (!(error instanceof ExerciseFormatError)) throw error;
      problems = [error.message];
    }
    if (problems.length === 0) {
      console.log(`ok    ${id}${replayed}`);
    } else {
      failing += 1;
      console.log(`FAIL  ${id}\n${problems.map((p) => `      ${p}`).join('\n')}`);
    }
  }
} finally {
  engine.close();
}
console.log(`\n${folders.length} exercise${folders.length === 1 ? "" : "s"}: ${folders.length - failing} hold, ${failing} with problems (${((Date.now() - started) / 1000).toFixed(1)} s)`);
process.exitCode = failing > 0 ? 1 : 0;
