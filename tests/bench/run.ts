/**
 * npm run bench: every speed figure the issues ask for, printed.
 *   BENCH_REBUILD=0 npm run bench   reuses the last bench build of the site
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { benchNginx, benchSettingsCheck } from './engine.bench';
import { benchRequest } from './request.bench';
import { benchCache } from './cache.bench';
import { benchCollectstatic } from './collectstatic.bench';
import { benchGrader } from './grader.bench';
import { benchBrowser, type StartRun } from './browser.bench';
import { line, ms, summarize } from './stats';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

console.log('Engine (Pyodide in Node, warm)');
const settingsCheck = await benchSettingsCheck();
console.log(line('  check --deploy of a 150-line production settings file', settingsCheck.engine, '≤ 5 ms'));
console.log(line('    the same, with the call to the worker and back', settingsCheck.roundTrip));

const nginx = await benchNginx();
console.log(line('  nginx -t of a 150-line nginx.conf, with the call to the worker and back', nginx.check.roundTrip, 'median ≤ 2 ms'));
console.log(line('    the same, inside the worker', nginx.check.engine));
console.log(line('  1,000 requests through an upstream (balance), with the call to the worker and back', nginx.balance.roundTrip, '≤ 5 ms'));
console.log(line('    the same, inside the worker', nginx.balance.engine));

const request = await benchRequest();
console.log(line('  a GET through 10 middleware to a template page, inside Django', request.handler, 'median < 5 ms'));
console.log(line('    the same, processor time (load-independent: calls of 60 and 10 GETs)', request.cpuPerRequestMs));
console.log(line('    one request call of it, project loaded, with the call to the worker', request.roundTrip));

const cacheBench = await benchCache();
const µs = (label: string, t: { median: number; p95: number; n: number }, goal?: string) =>
  `${label.padEnd(58)} median ${`${t.median.toFixed(1)} µs`.padStart(9)}   p95 ${`${t.p95.toFixed(1)} µs`.padStart(9)}   (n=${t.n})${goal ? `   goal: ${goal}` : ''}`;
console.log(µs('  a cache op (get/set/add/incr/get_many/delete, LocMemCache), inside Django', cacheBench.opUs, 'median < 20 µs'));
console.log(µs('    of them, get() alone', cacheBench.getUs));
const collectstatic = await benchCollectstatic();
console.log(line(`  collectstatic of ${collectstatic.files} static files (admin's included), the command`, collectstatic.command, 'median < 50 ms'));
console.log(line('    one collectstatic call of it, project laid out, with the call to the worker', collectstatic.roundTrip));
console.log(line('    the same call, processor time (load-independent)', collectstatic.cpuPerCall));
console.log(line('    the command with ManifestStaticFilesStorage', collectstatic.manifestCommand));
const graderBench = await benchGrader();
console.log(`  ${graderBench.submissions} submissions graded, each in its own process, ${graderBench.jobs} at a time: ${(graderBench.totalMs / 1000).toFixed(1)} s in all   goal: < 30 s${graderBench.wrong ? `   (${graderBench.wrong} WRONG VERDICTS)` : ''}`);
console.log(line('    one submission, start to verdict', graderBench.perSubmission));
console.log(line('    its process restoring the engine (the snapshot)', graderBench.boot));

console.log('\nURL resolver (Pyodide in Node, warm; timed inside Python)');
const resolveBench = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./resolve.bench.ts', import.meta.url))], {
  encoding: 'utf8',
});
console.log(resolveBench.stdout.replace(/^/gm, '  ').trimEnd());

console.log('\nPlayground (headless Chromium, the site served by nginx, gzip_static, immutable caching)');
const browser = await benchBrowser({ rebuild: process.env.BENCH_REBUILD !== '0' });
const startLine = (label: string, runs: StartRun[], goal: string) => {
  const t = summarize(runs.map((r) => r.firstFeedbackMs));
  const engine = summarize(runs.map((r) => r.engineReadyMs ?? NaN));
  const editor = summarize(runs.map((r) => r.editorReadyMs ?? NaN));
  console.log(`${line(label, t, goal)}\n    (Python ready at ${ms(engine.median)}, editor ready at ${ms(editor.median)})`);
};
startLine('  navigation → first feedback, cold cache', browser.cold, '≤ 3 s');
startLine('  navigation → first feedback, warm cache', browser.warm, '≤ 1.0 s');
console.log(line('  edit → feedback, 50 edits', browser.editLatency, 'p95 ≤ 50 ms'));
const tasks = browser.cold.flatMap((r) => r.longTasks);
const per = (during: string) => tasks.filter((t) => t.during === during);
const describe = (list: typeof tasks) =>
  list.length ? `${list.length} (longest ${ms(Math.max(...list.map((t) => t.duration)))})` : 'none';
console.log(`  main-thread long tasks > 50 ms over ${browser.cold.length} cold starts: while Monaco loads ${describe(per('editor load'))}; otherwise ${describe(per('other'))}; Pyodide runs in a worker (goal: none from Pyodide)`);
console.log(`  JavaScript transferred before the editor loads: ${kb(summarize(browser.cold.map((r) => r.jsBeforeEditorBytes)).median)} compressed (goal ≤ 60 KB gzip)`);
