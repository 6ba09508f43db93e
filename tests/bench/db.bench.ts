/**
 * The database in Node, warm: a filter() on a table of 1,000 rows (the rows made in the call's
 * setup, with one INSERT of 1,000 rows), its models built from the half of the rows it matches.
 * Timed inside Python (the query built, run on sqlite, the instances made), over many queries
 * in one `db` call; and the whole `db` call of one such query, with the call to the worker and
 * back (the project loaded, its tables and rows made again, as each run does).
 */
import { startNodeEngine } from '../../src/engine/node/node-engine';
import type { DbRequest } from '../../src/engine/protocol';
import { summarize, type Timing } from './stats';

const MODELS = `from django.db import models


class Product(models.Model):
    name = models.CharField(max_length=100)
    price = models.DecimalField(max_digits=8, decimal_places=2)
    stock = models.IntegerField(default=0)
    hidden = models.BooleanField(default=False)
`;

const SETUP = `import time
from django.db import connection
from shop.models import Product
with connection.cursor() as c:
    c.execute('INSERT INTO shop_product (name, price, stock, hidden) VALUES ' + ', '.join(
        f"('product {i}', '{i % 50}.25', {i}, {i % 7 == 0:d})" for i in range(1000)))
`;

/** The query timed, in milliseconds (wall clock, processor time), as the value of the code. */
const QUERY = `started, cpu = time.perf_counter(), time.process_time()
found = list(Product.objects.filter(stock__gte=500, hidden=False))
assert len(found) == 429, len(found)
((time.perf_counter() - started) * 1000, (time.process_time() - cpu) * 1000)`;

export interface DbBench {
  /** One filter() on the 1,000-row table, inside Python. */
  filter: Timing;
  /** The same in processor time, which the machine's load does not stretch. */
  filterCpu: Timing;
  /** One `db` call of it, tables and rows made, with the call to the worker and back. */
  roundTrip: Timing;
}

export async function benchDb(runs = 300): Promise<DbBench> {
  const engine = startNodeEngine({ timeLimitMs: 20_000 });
  try {
    await engine.whenReady();
    const call = (count: number, edit: number): DbRequest => ({
      op: 'db',
      files: { 'shop/__init__.py': '', 'shop/models.py': `${MODELS}\n# edit ${edit}\n` },
      apps: ['shop'],
      setup: SETUP,
      queries: Array.from({ length: count }, () => ({ code: QUERY })),
    });
    const timings: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; timings.length < runs; i++) {
      const answer = await engine.call(call(60, i));
      if (answer.error || answer.results.some((r) => r.error)) {
        throw new Error(`the bench's query fails: ${JSON.stringify(answer.error ?? answer.results.find((r) => r.error)).slice(0, 600)}`);
      }
      // The first queries of a process warm what the later ones reuse: left out.
      const pairs = answer.results.slice(10).map((r) => (r.result?.[1] ?? '(NaN, NaN)').slice(1, -1).split(', ').map(Number));
      timings.push(...pairs.map(([wall]) => wall ?? NaN));
      cpu.push(...pairs.map(([, used]) => used ?? NaN));
    }
    const roundTrip: number[] = [];
    for (let i = 0; i < 50; i++) {
      const started = performance.now();
      await engine.call(call(1, 1000 + i));
      roundTrip.push(performance.now() - started);
    }
    return { filter: summarize(timings.slice(0, runs)), filterCpu: summarize(cpu.slice(0, runs)), roundTrip: summarize(roundTrip) };
  } finally {
    engine.close();
  }
}
