/**
 * The cache corpus's comparison (../shared/conformance/cache/README.md): one expected entry per
 * call, compared exactly: the result's type name and repr, or the error's type and message,
 * and the warnings the call gave, in order.
 */
import type { CacheAnswer, CacheCall, CacheOutcome } from '../engine/protocol';

export interface CacheCase {
  kind: 'cache';
  description: string;
  caches: Record<string, unknown>;
  ops: CacheCall[];
  expected: CacheOutcome[];
}

/** JSON with every object's keys sorted (the recorder writes them sorted, the engine in its own order). */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}

function shown(outcome: CacheOutcome | undefined): string {
  return outcome === undefined ? 'nothing' : canonical(outcome);
}

/** The differences between what real Django answered and what the engine answered, call by call. */
export function compareCacheCase(c: CacheCase, answer: CacheAnswer): string[] {
  if (!Array.isArray(answer.results)) return [`the engine answered no results: ${JSON.stringify(answer)}`];
  const differences: string[] = [];
  const count = Math.max(c.expected.length, answer.results.length);
  for (let i = 0; i < count; i++) {
    const want = c.expected[i];
    const got = answer.results[i];
    const same =
      want !== undefined &&
      got !== undefined &&
      canonical(want.result ?? null) === canonical(got.result ?? null) &&
      canonical(want.error ?? null) === canonical(got.error ?? null) &&
      canonical(want.warnings ?? []) === canonical(got.warnings ?? []);
    if (!same) {
      const call = c.ops[i];
      const label = call ? `${call.call}(${JSON.stringify(call.args ?? [])}) at ${call.at}` : 'an extra call';
      differences.push(`ops[${i}] ${label}: expected ${shown(want)}, got ${shown(got)}`);
    }
  }
  return differences;
}
