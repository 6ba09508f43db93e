/**
 * What the page accepts from the worker. The worker runs the reader's Python, so what it posts is
 * checked like any other untrusted input before anything of it is shown: each message must be one
 * the worker sends (protocol.ts), each answer the shape its operation answers, and no larger than
 * the engine ever makes one (minidjango/limits.py caps an honest answer well below these bounds).
 * Objects may carry more keys than are checked here (operations grow); those are never rendered.
 */
import type { FromWorker } from './protocol';

/** The largest answer read at all, in characters of JSON. */
const MAX_ANSWER_CHARS = 2_000_000;
/**
 * Bounds an honest answer stays within (minidjango/limits.py: 100 messages + 1, 2,000 characters
 * for a finding's texts, 10,000 for other strings, 5,000 items), with a margin.
 */
const MAX_MESSAGES = 101;
const MAX_TEXT = 4_000;
const MAX_VALUE = 12_000;
const MAX_ITEMS = 10_000;

type Check = (value: unknown, path: string) => string | null;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const text =
  (max = MAX_VALUE): Check =>
  (value, path) =>
    typeof value !== 'string' ? `${path} is not a string` : value.length > max ? `${path} is longer than ${max} characters` : null;
const str = text();
/** A finding's words: what the page shows as text. */
const words = text(MAX_TEXT);
const int: Check = (value, path) => (Number.isSafeInteger(value) ? null : `${path} is not an integer`);
const bool: Check = (value, path) => (typeof value === 'boolean' ? null : `${path} is not true or false`);
const literal =
  (...allowed: unknown[]): Check =>
  (value, path) =>
    allowed.includes(value) ? null : `${path} is not one of ${allowed.map(String).join(', ')}`;
const nullable =
  (check: Check): Check =>
  (value, path) =>
    value === null ? null : check(value, path);
const optional =
  (check: Check): Check =>
  (value, path) =>
    value === undefined ? null : check(value, path);

function list(item: Check, max = MAX_ITEMS): Check {
  return (value, path) => {
    if (!Array.isArray(value)) return `${path} is not a list`;
    if (value.length > max) return `${path} has more than ${max} items`;
    for (let i = 0; i < value.length; i++) {
      const problem = item(value[i], `${path}[${i}]`);
      if (problem) return problem;
    }
    return null;
  };
}

function tuple(...items: Check[]): Check {
  return (value, path) => {
    if (!Array.isArray(value) || value.length !== items.length) return `${path} is not a list of ${items.length}`;
    for (let i = 0; i < items.length; i++) {
      const problem = items[i]!(value[i], `${path}[${i}]`);
      if (problem) return problem;
    }
    return null;
  };
}

function record(item: Check): Check {
  return (value, path) => {
    if (!isObject(value)) return `${path} is not an object`;
    const entries = Object.entries(value);
    if (entries.length > MAX_ITEMS) return `${path} has more than ${MAX_ITEMS} entries`;
    for (const [key, entry] of entries) {
      const problem = str(key, `${path} key`) ?? item(entry, `${path}.${key}`);
      if (problem) return problem;
    }
    return null;
  };
}

function shape(fields: Record<string, Check>): Check {
  return (value, path) => {
    if (!isObject(value)) return `${path} is not an object`;
    for (const [key, check] of Object.entries(fields)) {
      const problem = check(value[key], `${path}.${key}`);
      if (problem) return problem;
    }
    return null;
  };
}

function either(...checks: Check[]): Check {
  return (value, path) => {
    const problems = checks.map((check) => check(value, path));
    return problems.includes(null) ? null : problems[0]!;
  };
}

const locationFields = { file: str, line: int, col: int, endLine: int, endCol: int };
const location = optional(nullable(shape(locationFields)));
const quickFix = shape({ title: str, edits: list(shape({ ...locationFields, text: text(100_000) }), 50) });

const engineError = shape({
  type: str,
  message: words,
  file: nullable(str),
  line: nullable(int),
  location,
  explanation: optional(nullable(words)),
});

const checkMessage = shape({
  id: str,
  level: literal('DEBUG', 'INFO', 'WARNING', 'ERROR', 'CRITICAL'),
  msg: words,
  hint: nullable(words),
  location,
  why: optional(words),
  chapter: optional(str),
  fixes: optional(list(quickFix, 10)),
});

const checkFields = { error: nullable(engineError), messages: list(checkMessage, MAX_MESSAGES) };

const typedValue = tuple(str, str);
const resolveOutcome = either(
  shape({
    match: literal(true),
    view: str,
    args: list(typedValue),
    kwargs: record(typedValue),
    captured_kwargs: record(typedValue),
    extra_kwargs: record(typedValue),
    url_name: nullable(str),
    route: str,
    app_names: list(str),
    namespaces: list(str),
    view_name: str,
    location,
  }),
  shape({
    match: literal(false),
    tried: list(list(str)),
    tried_display: list(str),
    append_slash_redirect: nullable(str),
    tried_locations: optional(list(location)),
  }),
  shape({ error: engineError }),
);
const reverseOutcome = either(shape({ path: str }), shape({ error: engineError }));
const goal = shape({ title: str, passed: bool, problem: nullable(str) });

/** A response's body: the engine returns at most 256 KiB of one (request_run.py), with a note. */
const MAX_BODY_CHARS = 300_000;
const traceStep = shape({ actor: str, text: str, setting: nullable(str), location });
const httpResponse = shape({
  status: int,
  reason: str,
  headers: list(tuple(str, str)),
  body: optional(text(MAX_BODY_CHARS)),
  body_base64: optional(text((MAX_BODY_CHARS * 4) / 3 + 4)),
  trace: list(traceStep),
  error: optional(engineError),
});

/** Each operation's answer; an operation not listed here is only held to the size limit. */
const ANSWERS: Record<string, Check> = {
  ping: shape({ django: str, python: str, project_dir: str }),
  check: shape(checkFields),
  urls: shape({ checks: shape(checkFields), resolve: list(resolveOutcome), reverse: list(reverseOutcome) }),
  exercise: shape({
    ...checkFields,
    goals: list(goal),
    resolve: optional(list(resolveOutcome)),
    reverse: optional(list(reverseOutcome)),
  }),
  request: shape({ error: nullable(engineError), responses: list(httpResponse), jar: record(str) }),
};

/** What is wrong with an answer to `op` (parsed JSON), or null when it has the expected shape. */
export function checkedAnswer(op: string, answer: unknown): string | null {
  return ANSWERS[op]?.(answer, 'the answer') ?? null;
}

const BOOT_PHASES = ['runtime', 'stdlib', 'engine', 'ready'];
const MAX_WORKER_TEXT = 100_000;

/**
 * What is wrong with a message from the worker, or null when it is one the worker sends. An
 * answer's text is checked for its length here, before it is parsed.
 */
export function malformedMessage(message: unknown): string | null {
  if (!isObject(message)) return 'not an object';
  const m = message as Partial<Record<string, unknown>> & { type?: FromWorker['type'] };
  switch (m.type) {
    case 'progress':
      if (!(BOOT_PHASES.includes(m.phase as string) && typeof m.fraction === 'number' && m.fraction >= 0 && m.fraction <= 1)) {
        return 'a progress report without a phase and fraction';
      }
      return m.bytes === undefined || (isObject(m.bytes) && Number.isSafeInteger(m.bytes.received) && Number.isSafeInteger(m.bytes.total))
        ? null
        : 'a progress report whose bytes are not counts';
    case 'ready':
      return null;
    case 'answer':
      if (!Number.isSafeInteger(m.id) || typeof m.ms !== 'number' || typeof m.answer !== 'string') return 'an answer without id, text and time';
      return m.answer.length > MAX_ANSWER_CHARS ? `an answer of more than ${MAX_ANSWER_CHARS.toLocaleString('en')} characters` : null;
    case 'crashed':
      return Number.isSafeInteger(m.id) && typeof m.message === 'string' && m.message.length <= MAX_WORKER_TEXT ? null : 'a crash report without id and message';
    case 'download':
      return typeof m.waiting === 'boolean' ? null : 'a download report without its state';
    case 'boot-failed':
      return typeof m.message === 'string' && m.message.length <= MAX_WORKER_TEXT ? null : 'a boot failure without a message';
    default:
      return `a message of unknown type ${JSON.stringify(String(m.type)).slice(0, 40)}`;
  }
}
