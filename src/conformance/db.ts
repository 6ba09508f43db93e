/**
 * The db corpus's comparison (../shared/conformance/db/README.md): one expected entry per
 * query, every field compared exactly (the value's type and repr, or the error's type and
 * message; the SQL that ran, statement by statement; the warnings).
 */
import type { DbAnswer, DbQueryAnswer, EngineError, ProjectFiles } from '../engine/protocol';

export interface DbCase {
  kind: 'db';
  description: string;
  files: ProjectFiles;
  apps: string[];
  rows?: Record<string, Array<Record<string, unknown>>>;
  setup?: string;
  queries: Array<{ code: string }>;
  expected: Array<Omit<DbQueryAnswer, 'sql'> & { sql?: string[] }> | { error: EngineError };
}

/** JSON with every object's keys sorted: the recorded cases write them in either order. */
const shown = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );

export function compareDbCase(c: DbCase, answer: DbAnswer): string[] {
  if (!Array.isArray(c.expected)) {
    if (answer.error === null) return [`expected the setup to fail with ${c.expected.error.type}, it did not`];
    const { type, message } = c.expected.error;
    return type === answer.error.type && message === answer.error.message
      ? []
      : [`setup error: expected ${shown({ type, message })}, got ${shown({ type: answer.error.type, message: answer.error.message })}`];
  }
  if (answer.error !== null) return [`the setup failed: ${answer.error.type}: ${answer.error.message}`];
  const differences: string[] = [];
  c.expected.forEach((expected, i) => {
    const got = answer.results[i];
    const label = `query[${i}] ${shown(c.queries[i]?.code.split('\n').at(-1))}`;
    if (got === undefined) {
      differences.push(`${label}: no answer`);
      return;
    }
    for (const key of ['result', 'error', 'warnings'] as const) {
      if (shown(expected[key]) !== shown(got[key])) differences.push(`${label} ${key}: expected ${shown(expected[key])}, got ${shown(got[key])}`);
    }
    const sql = expected.sql ?? [];
    if (shown(sql) !== shown(got.sql)) differences.push(`${label} sql: expected ${shown(sql)}, got ${shown(got.sql)}`);
  });
  return differences;
}
