/**
 * Comparing the engine's answer with a case's expectations, as FORMAT.md says to: messages as a
 * multiset of (id, level, msg, hint) restricted to the ids in scope; errors by type, file and
 * line, and by message except for the SyntaxError family; everything else by exact equality.
 * Keys the engine adds for the course (locations, explanations) are not compared.
 */
import type { BalanceAnswer, EngineError, NginxAnswer } from '../engine/protocol';
import type { ExpectedCheckResult, ExpectedMessage, NginxBalancingCase, NginxSyntaxCase } from './cases';

/** The message-id prefixes the shared corpus compares; a case may name its own (`scope`). */
const DEFAULT_SCOPE: readonly string[] = ['security.', 'staticfiles.', 'caches.', 'urls.', '2_0.', '4_0.'];
const SYNTAX_ERRORS = new Set(['SyntaxError', 'IndentationError', 'TabError']);

/** Replace the engine's project directory by the corpus's <CASE_DIR> token, in every string. */
export function withCaseDirToken<T>(value: T, projectDir: string): T {
  if (typeof value === 'string') return value.split(projectDir).join('<CASE_DIR>') as T;
  if (Array.isArray(value)) return value.map((item) => withCaseDirToken(item, projectDir)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, withCaseDirToken(item, projectDir)]),
    ) as T;
  }
  return value;
}

const messageLine = (m: ExpectedMessage) => `${m.id} ${m.level}: ${m.msg}${m.hint ? ` [hint: ${m.hint}]` : ''}`;

export function compareCheckResults(
  where: string,
  expected: ExpectedCheckResult,
  actual: ExpectedCheckResult | undefined,
  scope: readonly string[] = DEFAULT_SCOPE,
): string[] {
  if (!actual) return [`${where}: no answer`];
  const diffs = compareErrors(`${where}.error`, expected.error, actual.error);
  const remaining = new Map<string, number>();
  for (const m of expected.messages) remaining.set(messageLine(m), (remaining.get(messageLine(m)) ?? 0) + 1);
  const unexpected: string[] = [];
  for (const m of actual.messages.filter((m) => scope.some((prefix) => m.id.startsWith(prefix)))) {
    const line = messageLine(m);
    const left = remaining.get(line) ?? 0;
    if (left > 0) remaining.set(line, left - 1);
    else unexpected.push(line);
  }
  for (const [line, count] of remaining) {
    for (let i = 0; i < count; i++) diffs.push(`${where}: missing   - ${line}`);
  }
  for (const line of unexpected) diffs.push(`${where}: unexpected + ${line}`);
  return diffs;
}

function compareErrors(where: string, expected: EngineError | null, actual: EngineError | null | undefined): string[] {
  if (expected === null && !actual) return [];
  if (expected === null) return [`${where}: expected no error, got ${describeError(actual!)}`];
  if (!actual) return [`${where}: expected ${describeError(expected)}, got no error`];
  const same =
    expected.type === actual.type &&
    expected.file === actual.file &&
    expected.line === actual.line &&
    (SYNTAX_ERRORS.has(expected.type) || expected.message === actual.message);
  return same ? [] : [`${where}:\n    expected ${describeError(expected)}\n    got      ${describeError(actual)}`];
}

function describeError(e: EngineError): string {
  return `${e.type}: ${JSON.stringify(e.message)} at ${e.file ?? '-'}:${e.line ?? '-'}`;
}

/**
 * A resolve() or reverse() expectation: `{error}` compares as an error; otherwise each key the
 * expectation has must be exactly equal (deeply); keys only the engine has are ignored.
 */
export function compareOutcome(where: string, expected: object, actual: unknown): string[] {
  const got = (actual && typeof actual === 'object' ? actual : {}) as Record<string, unknown>;
  if ('error' in expected) {
    return compareErrors(`${where}.error`, expected.error as EngineError, got.error as EngineError | undefined);
  }
  if (got.error) return [`${where}: expected ${JSON.stringify(expected)}, got ${describeError(got.error as EngineError)}`];
  return Object.entries(expected).flatMap(([key, want]) =>
    JSON.stringify(canonical(want)) === JSON.stringify(canonical(got[key]))
      ? []
      : [`${where}.${key}:\n    expected ${JSON.stringify(want)}\n    got      ${JSON.stringify(got[key])}`],
  );
}

/** JSON objects compare as maps: sort their keys. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, canonical((value as Record<string, unknown>)[key])]));
  }
  return value;
}

// ---- nginx (../shared/conformance/nginx/README.md) ----

/** Where the engine puts an nginx case's prefix: nginx's own default, as the corpus's <PREFIX>. */
export const NGINX_PREFIX = '/usr/local/nginx';

/** The corpus's tokens for the paths in nginx's output. */
function withNginxTokens(text: string): string {
  return text.split(`${NGINX_PREFIX}/conf/nginx.conf`).join('<CONF>').split(NGINX_PREFIX).join('<PREFIX>');
}

const nginxLine = (e: { level: string; message: string; line: number | null; file?: string }) =>
  `[${e.level}] ${e.message}${e.line === null ? '' : ` at ${e.file ?? '<CONF>'}:${e.line}`}`;

/**
 * nginx-syntax: `ok` exactly, and the multiset of (level, message, line, file) equal to the
 * expected errors (nginx stops at its first emerg; warnings may come before it).
 */
export function compareNginxSyntax(expected: NginxSyntaxCase['expected'], actual: NginxAnswer | undefined): string[] {
  if (!actual) return ['no answer'];
  const diffs: string[] = [];
  if (expected.ok !== actual.ok) diffs.push(`ok: expected ${expected.ok}, got ${actual.ok}`);
  const remaining = new Map<string, number>();
  for (const e of expected.errors) remaining.set(nginxLine(e), (remaining.get(nginxLine(e)) ?? 0) + 1);
  for (const e of actual.errors) {
    const line = nginxLine({ ...e, message: withNginxTokens(e.message), file: e.file && withNginxTokens(e.file) });
    const left = remaining.get(line) ?? 0;
    if (left > 0) remaining.set(line, left - 1);
    else diffs.push(`unexpected + ${line}`);
  }
  for (const [line, count] of remaining) for (let i = 0; i < count; i++) diffs.push(`missing   - ${line}`);
  return diffs;
}

/** nginx-balancing: `served_by` exactly, in order (`tried` is extra truth, for the animation). */
export function compareNginxBalancing(expected: NginxBalancingCase['expected'], actual: BalanceAnswer | undefined): string[] {
  if (!actual) return ['no answer'];
  if (!actual.ok) return [`nginx would not start: ${actual.errors.map(nginxLine).join('; ')}`];
  const same = JSON.stringify(expected.served_by) === JSON.stringify(actual.served_by);
  return same ? [] : [`served_by:\n    expected ${JSON.stringify(expected.served_by)}\n    got      ${JSON.stringify(actual.served_by)}`];
}
