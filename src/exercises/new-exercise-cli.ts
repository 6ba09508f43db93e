/**
 * npm run new-exercise -- --chapter <slug> --name <folder-name> --title "<title>"
 * Writes content/exercises/<chapter>/<name>/, an exercise that already passes
 * `npm run check-exercises`, to make your own (see the teacher's guide in the site).
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { EXERCISES_DIR } from './read';
import { ScaffoldError, scaffoldExercise } from './scaffold';

const USAGE = 'usage: npm run new-exercise -- --chapter <chapter slug> --name <folder-name> --title "<title>"';
const CHAPTERS_DIR = fileURLToPath(new URL('../../content/chapters/', import.meta.url));

let values: { chapter?: string; name?: string; title?: string; help?: boolean };
try {
  ({ values } = parseArgs({ options: { chapter: { type: 'string' }, name: { type: 'string' }, title: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const missing = (['chapter', 'name', 'title'] as const).filter((flag) => values[flag] === undefined);
if (missing.length > 0) {
  console.error(`missing ${missing.map((flag) => `--${flag}`).join(', ')}\n${USAGE}`);
  process.exit(2);
}
try {
  const written = scaffoldExercise({ chapter: values.chapter!, name: values.name!, title: values.title! }, { exercises: EXERCISES_DIR, chapters: CHAPTERS_DIR });
  const id = `${values.chapter}/${values.name}`;
  console.log(`Wrote the exercise ${id}:\n${written.map((path) => `  ${path}`).join('\n')}`);
  console.log(`\nNext: put <Playground exercise="${id}" /> in content/chapters/${values.chapter}.mdx, make the goal, files and checks your own,\nand run npm run check-exercises -- ${id}`);
} catch (error) {
  if (!(error instanceof ScaffoldError)) throw error;
  console.error(error.message);
  process.exit(1);
}
