/**
 * The http corpus's comparison (../shared/conformance/http/README.md): one expected entry per
 * request, compared field by field after both sides are masked the same way.
 *
 * - masks: the values of the CSRF and session cookies in Set-Cookie, the csrfmiddlewaretoken
 *   input's value and CSP nonces become <RANDOM>; HTTP dates become <DATE>;
 * - `body_gunzipped`: the body of a `Content-Encoding: gzip` response, decompressed (its
 *   Content-Length is written <LENGTH>: the compressed size changes with Django's random padding);
 * - `technical`: DEBUG's error pages, reduced to what does not depend on the machine: the
 *   <title>, the <pre class="exception_value">, the "Raised by" cell and, for a 404, the list of
 *   patterns tried; their Content-Length is compared by presence and position only.
 */
import { gunzipSync } from 'node:zlib';
import type { EngineError, HttpRequestLine, HttpResponseAnswer, ProjectFiles, RequestAnswer } from '../engine/protocol';

interface TechnicalPage {
  title: string;
  exception_value: string | null;
  raised_by: string | null;
  tried?: string[];
}

export interface ExpectedHttpResponse {
  status: number;
  reason: string;
  headers: [string, string][];
  body?: string;
  body_gunzipped?: string;
  body_base64?: string;
  technical?: TechnicalPage;
}

type ExpectedHttpEntry = ExpectedHttpResponse | { error: EngineError };

export interface HttpCase {
  kind: 'http';
  description: string;
  files: ProjectFiles;
  settings_module: string;
  env: Record<string, string>;
  requests: HttpRequestLine[];
  expected: ExpectedHttpEntry[] | { error: EngineError };
}

// ---- masks ----

/** The names the settings give the CSRF and session cookies (a plain `NAME = '...'` line), or Django's defaults. */
export function randomCookieNames(files: ProjectFiles, settingsModule: string): string[] {
  const source = files[`${settingsModule.replaceAll('.', '/')}.py`] ?? '';
  const named = (setting: string, fallback: string) =>
    new RegExp(`^${setting}\\s*=\\s*(['"])([^'"]+)\\1`, 'm').exec(source)?.[2] ?? fallback;
  return [named('CSRF_COOKIE_NAME', 'csrftoken'), named('SESSION_COOKIE_NAME', 'sessionid')];
}

const HTTP_DATE = /(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2}[ -](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[ -]\d{4} \d{2}:\d{2}:\d{2} GMT/g;
const CSRF_INPUT = /(<input\b[^>]*\bname="csrfmiddlewaretoken"[^>]*\bvalue=")[^"]*(")/g;
const NONCE_ATTRIBUTE = /(\bnonce=")[^"]*(")/g;
const NONCE_SOURCE = /('nonce-)[^']*(')/g;

export function maskText(text: string): string {
  return text
    .replace(HTTP_DATE, '<DATE>')
    .replace(CSRF_INPUT, '$1<RANDOM>$2')
    .replace(NONCE_ATTRIBUTE, '$1<RANDOM>$2')
    .replace(NONCE_SOURCE, '$1<RANDOM>$2');
}

export function maskHeader([name, value]: [string, string], cookieNames: string[]): [string, string] {
  let masked = maskText(value);
  if (name.toLowerCase() === 'set-cookie') {
    const equals = masked.indexOf('=');
    const cookie = masked.slice(0, equals);
    if (equals > 0 && cookieNames.includes(cookie)) masked = masked.replace(/^([^=]+=)[^;]*/, '$1<RANDOM>');
  }
  return [name, masked];
}

// ---- technical pages ----

const collapsed = (text: string) => text.replace(/\s+/g, ' ').trim();
const withoutTags = (html: string) => html.replace(/<[^>]*>/g, '');

/** The text of HTML: entities decoded (the named ones Django's escaping writes, and numeric ones). */
function unescapeHtml(html: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return named[entity.toLowerCase()] ?? whole;
  });
}

/** What the corpus keeps of a technical page (see the README), from the page's HTML. */
export function technicalOf(html: string): TechnicalPage {
  const title = /<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1];
  const value = /<pre\b[^>]*\bclass="exception_value"[^>]*>([\s\S]*?)<\/pre>/i.exec(html)?.[1];
  const raisedBy = /Raised by:?\s*<\/th>\s*<td\b[^>]*>([\s\S]*?)<\/td>/i.exec(html)?.[1];
  const page: TechnicalPage = {
    title: collapsed(unescapeHtml(withoutTags(title ?? ''))),
    exception_value: value === undefined ? null : unescapeHtml(withoutTags(value)),
    raised_by: raisedBy === undefined ? null : collapsed(unescapeHtml(withoutTags(raisedBy))),
  };
  const triedAt = html.search(/Django tried these URL patterns/);
  if (triedAt >= 0) {
    const list = /<ol\b[^>]*>([\s\S]*?)<\/ol>/i.exec(html.slice(triedAt))?.[1] ?? '';
    page.tried = [...list.matchAll(/<li\b[^>]*>([\s\S]*?)<\/li>/gi)].map((item) => collapsed(unescapeHtml(withoutTags(item[1]!))));
  }
  return page;
}

// ---- comparison ----

/** A technical page's fields masked like any text; `tried` kept (empty when the page has no list) when a 404 is expected. */
function maskedPage(page: TechnicalPage, withTried: boolean): TechnicalPage {
  const masked = (text: string | null) => (text === null ? null : maskText(text));
  const kept: TechnicalPage = { title: maskText(page.title), exception_value: masked(page.exception_value), raised_by: masked(page.raised_by) };
  if (withTried) kept.tried = (page.tried ?? []).map(maskText);
  return kept;
}

function bodyBytes(actual: HttpResponseAnswer): Buffer {
  return actual.body_base64 !== undefined ? Buffer.from(actual.body_base64, 'base64') : Buffer.from(actual.body ?? '', 'utf8');
}

/** The answer put in the expectation's terms: masked, decompressed or reduced to a technical page as it is. */
function asExpected(actual: HttpResponseAnswer, expected: ExpectedHttpResponse, cookieNames: string[]): ExpectedHttpResponse {
  let headers = actual.headers.map((header) => maskHeader(header, cookieNames));
  const got: ExpectedHttpResponse = { status: actual.status, reason: actual.reason, headers };
  if (expected.technical !== undefined) {
    got.technical = maskedPage(technicalOf(bodyBytes(actual).toString('utf8')), 'tried' in expected.technical);
    // Its length depends on the machine: only where the header stands is compared.
    const expectedLength = expected.headers.find(([name]) => name.toLowerCase() === 'content-length');
    if (expectedLength) {
      headers = headers.map(([name, value]) => (name.toLowerCase() === 'content-length' ? [name, expectedLength[1]] : [name, value]));
    }
  } else if (expected.body_gunzipped !== undefined) {
    try {
      got.body_gunzipped = maskText(gunzipSync(bodyBytes(actual)).toString('utf8'));
    } catch (error) {
      got.body_gunzipped = `(not gzip: ${error instanceof Error ? error.message : String(error)})`;
    }
    headers = headers.map(([name, value]) => (name.toLowerCase() === 'content-length' ? [name, '<LENGTH>'] : [name, value]));
  } else if (expected.body_base64 !== undefined) {
    got.body_base64 = bodyBytes(actual).toString('base64');
  } else if (actual.body !== undefined) {
    got.body = maskText(actual.body);
  } else {
    got.body_base64 = actual.body_base64;
  }
  got.headers = headers;
  return got;
}

/** JSON with object keys sorted (objects compare as maps), long texts cut for the report. */
const shown = (value: unknown) => JSON.stringify(canonical(value));
const MAX_SHOWN = 600;
const brief = (value: unknown) => {
  const text = shown(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}… (${(text.length - MAX_SHOWN).toLocaleString('en')} more characters)` : text;
};

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, canonical((value as Record<string, unknown>)[key])]));
  }
  return value;
}

export function compareHttpResponse(where: string, expected: ExpectedHttpEntry, actual: HttpResponseAnswer | undefined, cookieNames: string[]): string[] {
  if (!actual) return [`${where}: no response`];
  if ('error' in expected) {
    const got = actual.error;
    if (!got) return [`${where}: expected the handler to raise ${shown(expected.error)}, got a ${actual.status} response`];
    const same = got.type === expected.error.type && got.message === expected.error.message && got.file === expected.error.file && got.line === expected.error.line;
    return same ? [] : [`${where}.error:\n    expected ${shown(expected.error)}\n    got      ${shown({ type: got.type, message: got.message, file: got.file, line: got.line })}`];
  }
  if (actual.error) return [`${where}: the handler raised ${actual.error.type}: ${actual.error.message}${actual.error.file ? ` at ${actual.error.file}:${actual.error.line}` : ''}`];
  const got = asExpected(actual, expected, cookieNames);
  const diffs: string[] = [];
  if (got.status !== expected.status || got.reason !== expected.reason) {
    diffs.push(`${where}.status: expected ${expected.status} ${expected.reason}, got ${got.status} ${got.reason}`);
  }
  if (shown(got.headers) !== shown(expected.headers)) {
    diffs.push(`${where}.headers:\n    expected ${brief(expected.headers)}\n    got      ${brief(got.headers)}`);
  }
  for (const key of ['body', 'body_gunzipped', 'body_base64', 'technical'] as const) {
    if (expected[key] === undefined) continue;
    if (shown(got[key]) !== shown(expected[key])) diffs.push(`${where}.${key}:\n    expected ${brief(expected[key])}\n    got      ${brief(got[key] ?? null)}`);
  }
  return diffs;
}

export function compareHttpCase(c: HttpCase, answer: RequestAnswer): string[] {
  const expected = c.expected;
  if (!Array.isArray(expected)) {
    if (!answer.error) return [`expected the project not to load (${shown(expected.error)}), but it answered`];
    const { type, message, file, line } = answer.error;
    const same = type === expected.error.type && message === expected.error.message && file === expected.error.file && line === expected.error.line;
    return same ? [] : [`error:\n    expected ${shown(expected.error)}\n    got      ${shown({ type, message, file, line })}`];
  }
  if (answer.error) return [`the project could not be loaded: ${answer.error.type}: ${answer.error.message}${answer.error.file ? ` at ${answer.error.file}:${answer.error.line}` : ''}`];
  const names = randomCookieNames(c.files, c.settings_module);
  return expected.flatMap((entry, i) =>
    compareHttpResponse(`responses[${i}] ${c.requests[i]?.method} ${c.requests[i]?.url}`, entry, answer.responses[i], names),
  );
}
