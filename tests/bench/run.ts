/**
 * npm run bench: every speed figure the issues ask for, printed.
 *   BENCH_REBUILD=0 npm run bench   reuses the last bench build of the site
 *   BENCH_SITE_DIR=<dir>            measures a build made elsewhere (at base /); BENCH_RUNS=<n> start runs (5)
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { benchNginx, benchSettingsCheck } from './engine.bench';
import { benchRequest } from './request.bench';
import { benchCache } from './cache.bench';
import { benchCollectstatic } from './collectstatic.bench';
import { benchDb } from './db.bench';
import { benchAttacks } from './attacks.bench';
import { benchGrader } from './grader.bench';
import { benchBrowser, type StartRun } from './browser.bench';
import { BROTLI_STATIC_MODULE } from './nginx';
import { existsSync } from 'node:fs';
import { line, ms, summarize } from './stats';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

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
const db = await benchDb();
console.log(line('  a filter() on a 1,000-row table (sqlite), inside Python', db.filter));
console.log(line('    the same, processor time', db.filterCpu));
console.log(line('    one db call of it, tables and rows made, with the call to the worker', db.roundTrip));

const attacks = await benchAttacks();
console.log(line(`  chapter 9: the injection exercise's ${attacks.requests} searches, Django's total`, attacks.batteryDjango));
console.log(line('    the same battery, one request call, with the call to the worker', attacks.batteryRoundTrip));
console.log(line("  chapter 9: the injection exercise's whole check, inside the worker", attacks.checkEngine, '< 50 ms'));
console.log(line('    the same, with the call to the worker and back', attacks.checkRoundTrip));
console.log(line('    the same, processor time (load-independent: an in-process Pyodide)', attacks.checkCpu));
const graderBench = await benchGrader();
console.log(`  ${graderBench.submissions} submissions graded, each in its own process, ${graderBench.jobs} at a time: ${(graderBench.totalMs / 1000).toFixed(1)} s in all   goal: < 30 s${graderBench.wrong ? `   (${graderBench.wrong} WRONG VERDICTS)` : ''}`);
console.log(line('    one submission, start to verdict', graderBench.perSubmission));
console.log(line('    its process restoring the engine (the snapshot)', graderBench.boot));

console.log('\nURL resolver (Pyodide in Node, warm; timed inside Python)');
const resolveBench = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./resolve.bench.ts', import.meta.url))], {
  encoding: 'utf8',
});
console.log(resolveBench.stdout.replace(/^/gm, '  ').trimEnd());

const encodings = existsSync(BROTLI_STATIC_MODULE) ? 'brotli_static and gzip_static' : 'gzip_static only: libnginx-mod-http-brotli-static is not installed';
console.log(`\nPlayground (headless Chromium, the site served by nginx, ${encodings}, immutable caching)`);
const browser = await benchBrowser({
  rebuild: process.env.BENCH_REBUILD !== '0' && !process.env.BENCH_SITE_DIR,
  ...(process.env.BENCH_SITE_DIR ? { siteDir: process.env.BENCH_SITE_DIR } : {}),
  ...(process.env.BENCH_RUNS ? { runs: Number(process.env.BENCH_RUNS) } : {}),
});
const startLine = (label: string, runs: StartRun[], goal: string) => {
  const t = summarize(runs.map((r) => r.firstFeedbackMs));
  const engine = summarize(runs.map((r) => r.engineReadyMs ?? NaN));
  const editor = summarize(runs.map((r) => r.editorReadyMs ?? NaN));
  console.log(`${line(label, t, goal)}\n    (Python ready at ${ms(engine.median)}, editor ready at ${ms(editor.median)})`);
};
startLine('  navigation → first feedback, cold cache', browser.cold, '≤ 2 s');
startLine('  navigation → first feedback, warm cache (service worker)', browser.warm, '≤ 600 ms');
startLine('  offline reload of a visited chapter: first findings', browser.offline, '≤ 600 ms');
const editLine = (label: string, runs: StartRun[], goal?: string) =>
  console.log(line(label, summarize(runs.map((r) => r.firstEditMs ?? NaN)), goal));
editLine('  navigation → first edit answered, cold cache', browser.cold);
editLine('  navigation → first edit answered, warm cache', browser.warm, '≤ 1 s');
startLine('  10 Mbit/s, 40 ms (network emulation): first findings, cold', [browser.slowLine], '≤ 8 s');
const bytes = (label: string, samples: number[], goal?: string) => {
  const t = summarize(samples);
  console.log(`${label.padEnd(58)} median ${mb(t.median).padStart(9)}   max ${mb(t.max).padStart(9)}   (n=${t.n})${goal ? `   goal: ${goal}` : ''}`);
};
bytes('  first visit transferred bytes, until the first findings', browser.firstVisitBytes, '≤ 6 MB');
bytes('    the whole first visit, the course kept for offline', browser.keptOfflineBytes);
console.log(line('  edit → feedback, 50 edits', browser.editLatency, 'p95 ≤ 16 ms, median ≤ 8 ms'));
const tasks = browser.cold.flatMap((r) => r.longTasks);
const per = (during: string) => tasks.filter((t) => t.during === during);
const describe = (list: typeof tasks) =>
  list.length ? `${list.length} (longest ${ms(Math.max(...list.map((t) => t.duration)))})` : 'none';
console.log(`  main-thread long tasks > 50 ms over ${browser.cold.length} cold starts: while Monaco loads ${describe(per('editor load'))}; otherwise ${describe(per('other'))}; Pyodide runs in a worker (goal: none from Pyodide)`);
console.log(`  JavaScript transferred before the editor loads: ${kb(summarize(browser.cold.map((r) => r.jsBeforeEditorBytes)).median)} compressed (goal ≤ 60 KB gzip)`);
