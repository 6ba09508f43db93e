/**
 * The request panel's decisions, without the page: what the reader's inputs send (method, full
 * URL, headers, body), the presets (a browser's plain GET; the request as nginx forwards it to
 * gunicorn), the cookie jar kept across sends, the inputs as they are stored with the reader's
 * work, and how a response is told as a browser's developer tools show it.
 */
import type { EngineError, HttpRequestLine, HttpResponseAnswer, ProjectFiles, RequestAnswer, RequestRequest, TraceStep } from '../engine/protocol';
import type { HeaderRow, PanelState } from '../progress/panel-state';

export const METHODS = ['GET', 'POST', 'HEAD', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

/** Methods whose request carries a body in the panel. */
export function hasBody(method: string): boolean {
  return !['GET', 'HEAD', 'OPTIONS'].includes(method.toUpperCase());
}

/** What an exercise's frontmatter gives the panel to start with. */
export interface StartingRequest {
  method?: string;
  url: string;
  headers?: Record<string, string>;
  body?: string;
  preset?: PresetName;
}

export function startingState(start: StartingRequest): PanelState {
  const state: PanelState = {
    method: (start.method ?? 'GET').toUpperCase(),
    url: start.url,
    headers: Object.entries(start.headers ?? {}).map(([name, value]) => ({ name, value })),
    body: start.body ?? '',
    jar: {},
    jarAfter: {},
  };
  return start.preset ? applyPreset(state, start.preset) : state;
}

// ---- presets ---------------------------------------------------------------------------------

export type PresetName = 'browser' | 'nginx' | 'nginx-host';

/** The upstream a bare `proxy_pass http://django_backend;` names: nginx sends it as the Host. */
const UPSTREAM = 'django_backend';
/** The visitor nginx forwards for (X-Forwarded-For): an address of the documentation range. */
const VISITOR_ADDRESS = '203.0.113.7';

export const PRESETS: ReadonlyArray<{ name: PresetName; label: string; says: string }> = [
  {
    name: 'browser',
    label: 'Plain browser GET',
    says: 'A GET as a browser sends it straight to the site: the URL’s host in Host, no proxy headers.',
  },
  {
    name: 'nginx',
    label: 'As nginx forwards it (bare proxy_pass)',
    says: `The request gunicorn receives from nginx with proxy_pass http://${UPSTREAM}; and the usual X-Forwarded-* headers, but no proxy_set_header Host: plain HTTP, and Host is the upstream’s name, ${UPSTREAM}.`,
  },
  {
    name: 'nginx-host',
    label: 'As nginx forwards it (proxy_set_header Host $host)',
    says: 'The same, from a location that also has proxy_set_header Host $host: the visitor’s host name reaches Django in Host.',
  },
];

const BROWSER_HEADERS: HeaderRow[] = [
  { name: 'Accept', value: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' },
];

const PROXY_HEADERS = ['host', 'x-forwarded-proto', 'x-forwarded-for', 'x-forwarded-host', 'x-real-ip'];

function header(rows: HeaderRow[], name: string): string | undefined {
  return rows.find((row) => row.name.trim().toLowerCase() === name)?.value.trim();
}

/** The URL as the visitor typed it: the panel's own, or (after an nginx preset) the one its X-Forwarded-* headers tell. */
export function visitorUrl(state: Pick<PanelState, 'url' | 'headers'>): string {
  const parsed = parseUrl(state.url);
  if (!('url' in parsed)) return state.url;
  const proto = header(state.headers, 'x-forwarded-proto');
  const host = header(state.headers, 'x-forwarded-host');
  if (!proto || !host) return state.url;
  return `${proto}://${host}${parsed.url.pathname}${parsed.url.search}`;
}

/** The panel's inputs after a preset: its own headers replace the ones it is about; the reader's others stay. */
export function applyPreset(state: PanelState, preset: PresetName): PanelState {
  const visitor = parseUrl(visitorUrl(state));
  if (!('url' in visitor)) return state;
  const { protocol, host, pathname, search } = visitor.url;
  const scheme = protocol.slice(0, -1);
  const mine = new Set([...PROXY_HEADERS, ...BROWSER_HEADERS.map((row) => row.name.toLowerCase())]);
  const kept = state.headers.filter((row) => row.name.trim() && !mine.has(row.name.trim().toLowerCase()));
  if (preset === 'browser') {
    return { ...state, method: 'GET', url: `${scheme}://${host}${pathname}${search}`, headers: [...BROWSER_HEADERS, ...kept] };
  }
  const forwarded: HeaderRow[] = [
    { name: 'Host', value: preset === 'nginx' ? UPSTREAM : host },
    { name: 'X-Forwarded-Proto', value: scheme },
    { name: 'X-Forwarded-For', value: VISITOR_ADDRESS },
    { name: 'X-Forwarded-Host', value: host },
  ];
  return { ...state, url: `http://${UPSTREAM}${pathname}${search}`, headers: [...forwarded, ...BROWSER_HEADERS, ...kept] };
}

// ---- what is sent ----------------------------------------------------------------------------

type ParsedUrl = { url: URL } | { problem: string };

function parseUrl(text: string): ParsedUrl {
  const trimmed = text.trim();
  if (!trimmed) return { problem: 'Type the full URL to send the request to, with its scheme and host: https://shop.example.com/.' };
  if (!/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) {
    return { problem: `The URL needs its scheme and host (https://shop.example.com${trimmed.startsWith('/') ? trimmed : `/${trimmed}`}): they decide whether the request is secure and which Host Django checks.` };
  }
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { problem: `${trimmed} is not a URL a browser could send.` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { problem: `Only http:// and https:// reach a Django server (not ${url.protocol}//).` };
  if (!url.host) return { problem: 'The URL has no host.' };
  return { url };
}

/** RFC 9110's token: what a header name may be made of. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

export type Outgoing = { line: HttpRequestLine; notes: string[] } | { problem: string };

/**
 * The request the inputs describe, or why none can be sent. A browser sends the URL as it
 * serializes it (the fragment never leaves it; the path's spaces and non-ASCII percent-encoded):
 * the panel does the same, and says so when that changed what the reader typed.
 */
export function outgoing(state: Pick<PanelState, 'method' | 'url' | 'headers' | 'body'>): Outgoing {
  const method = state.method.trim().toUpperCase();
  if (!TOKEN.test(method)) return { problem: `${JSON.stringify(state.method)} is not an HTTP method.` };
  const parsed = parseUrl(state.url);
  if (!('url' in parsed)) return parsed;
  const notes: string[] = [];
  if (parsed.url.hash) notes.push(`The fragment ${parsed.url.hash} stays in the browser: it is not sent.`);
  const headers: Record<string, string> = {};
  for (const row of state.headers) {
    const name = row.name.trim();
    if (!name && !row.value.trim()) continue;
    if (!name) return { problem: `A header has the value ${JSON.stringify(row.value)} but no name.` };
    if (!TOKEN.test(name)) return { problem: `${JSON.stringify(name)} cannot be a header’s name: names are letters, digits and - (no spaces or colons).` };
    if (/[\r\n]/.test(row.value)) return { problem: `The value of ${name} has a line break in it: no browser or proxy sends one (HTTP would read the rest as another header).` };
    const known = Object.keys(headers).find((other) => other.toLowerCase() === name.toLowerCase());
    // Two of the same name reach Django as one META key, joined by a comma (as gunicorn joins them).
    if (known) headers[known] = `${headers[known]},${row.value.trim()}`;
    else headers[name] = row.value.trim();
  }
  const line: HttpRequestLine = { method, url: parsed.url.href.replace(/#.*$/, '') };
  const body = hasBody(method) ? state.body : '';
  if (body) {
    line.body = body;
    if (!Object.keys(headers).some((name) => name.toLowerCase() === 'content-type')) {
      headers['Content-Type'] = 'application/x-www-form-urlencoded';
      notes.push('Sent with Content-Type: application/x-www-form-urlencoded, as a browser sends a form (add a Content-Type header to send another).');
    }
  }
  if (Object.keys(headers).length) line.headers = headers;
  return { line, notes };
}

export interface PanelProject {
  files: ProjectFiles;
  settings_module: string;
  env?: Record<string, string>;
  installed?: string[];
  /** The exercise's fixtures: every request starts from their rows. */
  fixtures?: string[];
}

/** The engine request for one request of the panel, sent with the cookies `jar`. */
export function requestRequest(project: PanelProject, line: HttpRequestLine, jar: Record<string, string>): RequestRequest {
  return { op: 'request', ...project, requests: [line], jar };
}

// ---- what came back --------------------------------------------------------------------------

export function statusLine(response: Pick<HttpResponseAnswer, 'status' | 'reason'>): string {
  return `HTTP/1.1 ${response.status} ${response.reason}`;
}

function headerValue(response: Pick<HttpResponseAnswer, 'headers'>, name: string): string | null {
  const found = response.headers.find(([key]) => key.toLowerCase() === name.toLowerCase());
  return found ? found[1] : null;
}

type ShownBody =
  | { kind: 'none'; text: string }
  | { kind: 'text'; text: string; html: boolean }
  | { kind: 'bytes'; text: string };

/** The body as the panel shows it: text (HTML also rendered), or a word on bytes it cannot show. */
export function shownBody(response: HttpResponseAnswer, method: string): ShownBody {
  if (method.toUpperCase() === 'HEAD') return { kind: 'none', text: 'A response to HEAD has no body.' };
  if (response.body_base64 !== undefined) {
    const size = Math.floor((response.body_base64.replace(/=+$/, '').length * 3) / 4);
    const encoding = headerValue(response, 'Content-Encoding');
    return { kind: 'bytes', text: `${size} bytes that are not UTF-8 text${encoding ? ` (Content-Encoding: ${encoding})` : ''}: not shown.` };
  }
  const text = response.body ?? '';
  if (!text) return { kind: 'none', text: 'The response has an empty body.' };
  const type = (headerValue(response, 'Content-Type') ?? '').toLowerCase();
  return { kind: 'text', text, html: type.startsWith('text/html') };
}

/** What the answer tells the reader in one sentence, the status first (the panel's live summary). */
export function summary(response: HttpResponseAnswer): string {
  const parts = [`${response.status} ${response.reason}`];
  const location = headerValue(response, 'Location');
  if (location) parts.push(`to ${location}`);
  // What decides comes first (a refusal, a redirect, an exception); the headers added on the way
  // back follow it. A page served needs no reason.
  const decisive = response.status >= 300 ? response.trace[0] : undefined;
  if (decisive) parts.push(`(${decisive.actor}: ${decisive.text})`);
  return parts.join(' ');
}

/** Whether a redirect sends the browser back to the very URL it asked for: the loop a browser stops after 20 hops. */
export function redirectsToItself(response: HttpResponseAnswer, sent: HttpRequestLine): boolean {
  const location = headerValue(response, 'Location');
  if (!location || response.status < 300 || response.status >= 400) return false;
  const forwardedProto = Object.entries(sent.headers ?? {}).find(([name]) => name.toLowerCase() === 'x-forwarded-proto')?.[1];
  try {
    const target = new URL(location, sent.url);
    // Behind nginx the visitor asked for X-Forwarded-Proto's scheme: a redirect to it comes back as the same request.
    return forwardedProto !== undefined && target.protocol === `${forwardedProto.trim().toLowerCase()}:`;
  } catch {
    return false;
  }
}

/** A step of the trace as the panel says it; the link to its line is shown beside it. */
export function stepText(step: TraceStep): string {
  return `${step.actor}: ${step.text}`;
}

/** "settings.py:41", the text of a step's link; or what is said when the setting is not in the reader's files. */
export function stepPlace(step: TraceStep): string | null {
  if (step.location) return `${step.location.file.slice(step.location.file.lastIndexOf('/') + 1)}:${step.location.line}`;
  if (step.setting) return '(Django’s default: not in your settings)';
  return null;
}

interface SetCookie {
  name: string;
  value: string;
  /** The attributes as written, e.g. ["HttpOnly", "Path=/", "SameSite=Lax", "Secure"]. */
  attributes: string[];
}

export function setCookies(response: Pick<HttpResponseAnswer, 'headers'>): SetCookie[] {
  return response.headers
    .filter(([name]) => name.toLowerCase() === 'set-cookie')
    .map(([, value]) => {
      const [pair = '', ...attributes] = value.split(';').map((part) => part.trim());
      const eq = pair.indexOf('=');
      return { name: eq === -1 ? pair : pair.slice(0, eq), value: eq === -1 ? '' : pair.slice(eq + 1), attributes: attributes.filter(Boolean) };
    });
}

type Outcome =
  | { kind: 'response'; response: HttpResponseAnswer }
  | { kind: 'raised'; error: EngineError; trace: TraceStep[] }
  | { kind: 'unloaded'; error: EngineError };

function errorText(error: EngineError): string {
  const where = error.file ? ` (${error.file}${error.line ? `, line ${error.line}` : ''})` : '';
  return `${error.type}: ${error.message}${where}`;
}

/** The one answer of a panel's request. */
export function outcomeOf(answer: RequestAnswer): Outcome {
  if (answer.error) return { kind: 'unloaded', error: answer.error };
  const response = answer.responses[0];
  if (!response) return { kind: 'unloaded', error: { type: 'Error', message: 'The engine gave no response.', file: null, line: null } };
  if (response.error) return { kind: 'raised', error: response.error, trace: response.trace };
  return { kind: 'response', response };
}

/** The message an answer without a response shows where the response would be. */
export function outcomeMessage(outcome: Exclude<Outcome, { kind: 'response' }>): string {
  if (outcome.error.type === 'KeyboardInterrupt') {
    return 'No answer: your code was still running at the time limit and was stopped. A view that never returns gets no answer from gunicorn either: it kills the worker after its timeout (30 s by default), and behind nginx the visitor gets a 502.';
  }
  if (outcome.kind === 'unloaded') {
    return `No request reached Django: your project could not be loaded. ${errorText(outcome.error)}`;
  }
  return `Django’s handler raised instead of answering, so gunicorn would answer 500 with no page of Django’s. ${errorText(outcome.error)}`;
}
