/**
 * npm run conformance -- <dir or case file>...
 * Runs every case through the Python engine under Pyodide, prints a diff for each failing case,
 * and ends with "N passed, M failed"; exits 1 when any failed.
 */
import { startNodeEngine } from '../engine/node/node-engine';
import { runCases } from './run';

const roots = process.argv.slice(2);
if (roots.length === 0) {
  console.error('usage: npm run conformance -- <folder or case file>...');
  process.exit(2);
}

// Cases assert what the engine answers, not how fast (that is `npm run bench`): a loaded machine
// must not turn the 1 MB nginx cases into time-limit failures.
const engine = startNodeEngine({ timeLimitMs: 20_000 });
try {
  const { outcomes, skipped } = await runCases(engine, roots);
  const failed = outcomes.filter((outcome) => outcome.differences.length > 0);
  for (const outcome of failed) {
    console.log(`FAIL ${outcome.path}\n  ${outcome.description}`);
    for (const difference of outcome.differences) console.log(`  ${difference.replaceAll('\n', '\n  ')}`);
    console.log();
  }
  if (skipped.length) console.log(`${skipped.length} python cases left to tests/python/django/recorded.test.ts`);
  console.log(`${outcomes.length - failed.length} passed, ${failed.length} failed`);
  process.exitCode = failed.length > 0 ? 1 : 0;
} finally {
  engine.close();
}
