/**
 * resolve() on a realistic 200-pattern URLconf, under Pyodide in Node:
 *
 *   node --import tsx tests/bench/resolve.bench.ts [iterations]
 *
 * Boots its own Pyodide with the engine's Python sources plus resolve_bench.py (kept out of the
 * product's sources and operations), which times each resolve() call inside Python with
 * time.perf_counter(). Prints the median and p95 per path and over all calls; the budget is
 * 1 ms warm, and the exit code is 1 when a path's p95 exceeds it.
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { loadPyodide } from 'pyodide';
import { ENGINE_ROOT, installPythonSources } from '../../src/engine/pyodide-engine';
import { readPythonSources } from '../../src/engine/build/python-sources';

const BUDGET_MS = 1;
const iterations = Number(process.argv[2] ?? 2000);

interface Summary {
  median_ms: number;
  p95_ms: number;
  max_ms: number;
}
interface LayoutResult {
  patterns: number;
  paths: Record<string, Summary & { path: string }>;
  all: Summary;
}
interface BenchResult {
  iterations: number;
  layouts: Record<string, LayoutResult>;
}

const indexURL = fileURLToPath(new URL('../../node_modules/pyodide/', import.meta.url));
const pyodide = await loadPyodide({ indexURL, jsglobals: Object.create(null), env: {}, stdout: () => {}, stderr: () => {} });
installPythonSources(pyodide, {
  ...readPythonSources(),
  'resolve_bench.py': readFileSync(new URL('./resolve_bench.py', import.meta.url), 'utf8'),
});
pyodide.runPython(`import sys\nsys.dont_write_bytecode = True\nsys.path.insert(0, ${JSON.stringify(ENGINE_ROOT)})`);
const bench = pyodide.pyimport('resolve_bench');
const result = JSON.parse(bench.run(iterations) as string) as BenchResult;

const ms = (value: number) => `${(value * 1000).toFixed(0).padStart(5)} µs`;
console.log(`resolve(), ${result.iterations} timed calls per path, warm (Pyodide ${pyodide.version})`);
// Other processes stretch the longest calls most: read a p95 with the machine's load in mind.
console.log(`load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs`);
const over: string[] = [];
for (const [layout, layoutResult] of Object.entries(result.layouts)) {
  console.log(`\n${layout}: ${layoutResult.patterns} patterns`);
  console.log(`  ${'path'.padEnd(36)} ${'median'.padStart(8)} ${'p95'.padStart(8)} ${'max'.padStart(8)}`);
  for (const [label, summary] of Object.entries(layoutResult.paths)) {
    console.log(`  ${label.padEnd(36)} ${ms(summary.median_ms)} ${ms(summary.p95_ms)} ${ms(summary.max_ms)}   ${summary.path}`);
    if (summary.p95_ms > BUDGET_MS) over.push(`${layout}: ${label}`);
  }
  const all = layoutResult.all;
  console.log(`  ${'all paths'.padEnd(36)} ${ms(all.median_ms)} ${ms(all.p95_ms)} ${ms(all.max_ms)}`);
}
console.log(over.length ? `\nOVER BUDGET (p95 > ${BUDGET_MS} ms): ${over.join('; ')}` : `\nwithin budget: every path's p95 <= ${BUDGET_MS} ms`);
process.exitCode = over.length ? 1 : 0;
