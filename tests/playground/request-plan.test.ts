/**
 * The request panel's decisions, by table: what the reader's inputs send, what the presets make
 * of them (nginx's Host from a bare proxy_pass is the trap the chapter shows), and how a
 * response is told. If these broke, the panel would send another request than the one on
 * screen, or tell the answer wrong.
 */
import { describe, expect, it } from 'vitest';
import type { HttpResponseAnswer, TraceStep } from '../../src/engine/protocol';
import {
  applyPreset,
  outcomeMessage,
  outcomeOf,
  outgoing,
  redirectsToItself,
  setCookies,
  shownBody,
  startingState,
  statusLine,
  stepPlace,
  summary,
  visitorUrl,
  type Outgoing,
} from '../../src/playground/request-plan';
import type { PanelState } from '../../src/progress/panel-state';

const state = (over: Partial<PanelState> = {}): PanelState => ({
  method: 'GET',
  url: 'https://shop.example.com/',
  headers: [],
  body: '',
  jar: {},
  jarAfter: {},
  ...over,
});

const response = (over: Partial<HttpResponseAnswer> = {}): HttpResponseAnswer => ({
  status: 200,
  reason: 'OK',
  headers: [['Content-Type', 'text/html; charset=utf-8']],
  body: '<p>hi</p>',
  trace: [],
  ...over,
});

describe('what the inputs send', () => {
  it.each<[string, Partial<PanelState>, Outgoing]>([
    ['a plain GET', {}, { line: { method: 'GET', url: 'https://shop.example.com/' }, notes: [] }],
    ['the method in lower case, upper-cased', { method: 'post' }, { line: { method: 'POST', url: 'https://shop.example.com/' }, notes: [] }],
    ['a host with a port and a query', { url: 'http://localhost:8000/a b/?q=1' }, { line: { method: 'GET', url: 'http://localhost:8000/a%20b/?q=1' }, notes: [] }],
    [
      'a fragment, which stays in the browser',
      { url: 'https://shop.example.com/cart/#top' },
      { line: { method: 'GET', url: 'https://shop.example.com/cart/' }, notes: ['The fragment #top stays in the browser: it is not sent.'] },
    ],
    [
      'headers, empty rows left out, names as typed',
      { headers: [{ name: ' Host ', value: ' attacker.test ' }, { name: '', value: '' }, { name: 'X-Forwarded-Proto', value: 'https' }] },
      { line: { method: 'GET', url: 'https://shop.example.com/', headers: { Host: 'attacker.test', 'X-Forwarded-Proto': 'https' } }, notes: [] },
    ],
    [
      'a header twice, joined by a comma as gunicorn joins them',
      { headers: [{ name: 'X-Forwarded-For', value: '1.2.3.4' }, { name: 'x-forwarded-for', value: '5.6.7.8' }] },
      { line: { method: 'GET', url: 'https://shop.example.com/', headers: { 'X-Forwarded-For': '1.2.3.4,5.6.7.8' } }, notes: [] },
    ],
    [
      'a form POST, sent as a browser sends a form',
      { method: 'POST', body: 'csrfmiddlewaretoken={csrftoken}&qty=1' },
      {
        line: { method: 'POST', url: 'https://shop.example.com/', body: 'csrfmiddlewaretoken={csrftoken}&qty=1', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } },
        notes: ['Sent with Content-Type: application/x-www-form-urlencoded, as a browser sends a form (add a Content-Type header to send another).'],
      },
    ],
    [
      'a JSON POST with its own Content-Type',
      { method: 'POST', body: '{}', headers: [{ name: 'Content-Type', value: 'application/json' }] },
      { line: { method: 'POST', url: 'https://shop.example.com/', body: '{}', headers: { 'Content-Type': 'application/json' } }, notes: [] },
    ],
    ['a GET ignores the body box', { method: 'GET', body: 'x=1' }, { line: { method: 'GET', url: 'https://shop.example.com/' }, notes: [] }],
    ['no URL', { url: '  ' }, { problem: 'Type the full URL to send the request to, with its scheme and host: https://shop.example.com/.' }],
    [
      'a path without scheme and host',
      { url: '/admin/' },
      { problem: 'The URL needs its scheme and host (https://shop.example.com/admin/): they decide whether the request is secure and which Host Django checks.' },
    ],
    ['another scheme', { url: 'ftp://shop.example.com/' }, { problem: 'Only http:// and https:// reach a Django server (not ftp://).' }],
    ['a malformed URL', { url: 'http://exa mple.com/' }, { problem: 'http://exa mple.com/ is not a URL a browser could send.' }],
    ['a method with a space', { method: 'GET X' }, { problem: '"GET X" is not an HTTP method.' }],
    ['a header without a name', { headers: [{ name: '', value: 'x' }] }, { problem: 'A header has the value "x" but no name.' }],
    [
      'a header name with a colon',
      { headers: [{ name: 'Host:', value: 'x' }] },
      { problem: '"Host:" cannot be a header’s name: names are letters, digits and - (no spaces or colons).' },
    ],
    [
      'a newline in a header value',
      { headers: [{ name: 'X-Note', value: 'a\r\nSet-Cookie: x=1' }] },
      { problem: 'The value of X-Note has a line break in it: no browser or proxy sends one (HTTP would read the rest as another header).' },
    ],
  ])('%s', (_what, over, expected) => {
    expect(outgoing(state(over))).toEqual(expected);
  });
});

describe('the presets', () => {
  const names = (s: PanelState) => s.headers.map((row) => `${row.name}: ${row.value}`);

  it('nginx with a bare proxy_pass: plain HTTP to the upstream, Host django_backend, the visitor in X-Forwarded-*', () => {
    const forwarded = applyPreset(state({ url: 'https://shop.example.com/cart/?x=1' }), 'nginx');
    expect(forwarded.url).toBe('http://django_backend/cart/?x=1');
    expect(names(forwarded).slice(0, 4)).toEqual([
      'Host: django_backend',
      'X-Forwarded-Proto: https',
      'X-Forwarded-For: 203.0.113.7',
      'X-Forwarded-Host: shop.example.com',
    ]);
  });

  it('nginx with proxy_set_header Host $host: the visitor’s host in Host', () => {
    const forwarded = applyPreset(state({ url: 'http://shop.example.com/' }), 'nginx-host');
    expect(names(forwarded).slice(0, 2)).toEqual(['Host: shop.example.com', 'X-Forwarded-Proto: http']);
  });

  it('applied twice, or one after the other, still speak of the visitor’s URL; the reader’s own headers stay', () => {
    const mine = { name: 'Cookie-Note', value: 'mine' };
    const once = applyPreset(state({ headers: [mine] }), 'nginx');
    const twice = applyPreset(applyPreset(once, 'nginx-host'), 'nginx');
    expect(twice).toEqual(once);
    expect(visitorUrl(twice)).toBe('https://shop.example.com/');
    const back = applyPreset(twice, 'browser');
    expect(back.url).toBe('https://shop.example.com/');
    expect(back.headers.map((row) => row.name)).toEqual(['Accept', 'Cookie-Note']);
  });

  it('leave inputs with a URL that cannot be read as they are', () => {
    const bad = state({ url: 'not a url' });
    expect(applyPreset(bad, 'nginx')).toBe(bad);
  });

  it('an exercise starts from its request, with its preset applied', () => {
    const start = startingState({ url: 'https://shop.example.com/', preset: 'nginx-host' });
    expect(start.url).toBe('http://django_backend/');
    expect(start.headers[0]).toEqual({ name: 'Host', value: 'shop.example.com' });
    expect(startingState({ url: 'https://x.test/', method: 'post', headers: { Host: 'evil.test' } })).toEqual(
      state({ method: 'POST', url: 'https://x.test/', headers: [{ name: 'Host', value: 'evil.test' }] }),
    );
  });
});

describe('the response, as developer tools show it', () => {
  it('has its status line', () => {
    expect(statusLine({ status: 400, reason: 'Bad Request' })).toBe('HTTP/1.1 400 Bad Request');
  });

  it.each<[string, HttpResponseAnswer, string, ReturnType<typeof shownBody>]>([
    ['HTML, rendered too', response(), 'GET', { kind: 'text', text: '<p>hi</p>', html: true }],
    ['JSON, as text', response({ headers: [['Content-Type', 'application/json']], body: '{}' }), 'GET', { kind: 'text', text: '{}', html: false }],
    ['an empty body', response({ body: '' }), 'GET', { kind: 'none', text: 'The response has an empty body.' }],
    ['HEAD', response(), 'HEAD', { kind: 'none', text: 'A response to HEAD has no body.' }],
    [
      'gzip bytes',
      response({ headers: [['Content-Encoding', 'gzip']], body: undefined, body_base64: 'H4sIAAAAAAAA' }),
      'GET',
      { kind: 'bytes', text: '9 bytes that are not UTF-8 text (Content-Encoding: gzip): not shown.' },
    ],
  ])('shows its body: %s', (_what, answer, method, shown) => {
    expect(shownBody(answer, method)).toEqual(shown);
  });

  const ssl: TraceStep = { actor: 'SecurityMiddleware', text: '301 to https:// because SECURE_SSL_REDIRECT = True', setting: 'SECURE_SSL_REDIRECT', location: { file: 'mysite/settings.py', line: 41, col: 1, endLine: 41, endCol: 27 } };

  it('is summed up in a sentence: status, where it redirects, and the step that decided it', () => {
    const nosniff: TraceStep = { actor: 'SecurityMiddleware', text: 'X-Content-Type-Options: nosniff (SECURE_CONTENT_TYPE_NOSNIFF)', setting: 'SECURE_CONTENT_TYPE_NOSNIFF', location: null };
    const redirect = response({ status: 301, reason: 'Moved Permanently', headers: [['Location', 'https://shop.example.com/']], body: '', trace: [ssl, nosniff] });
    expect(summary(redirect)).toBe('301 Moved Permanently to https://shop.example.com/ (SecurityMiddleware: 301 to https:// because SECURE_SSL_REDIRECT = True)');
    expect(summary(response({ trace: [nosniff] }))).toBe('200 OK');
  });

  it('places each step on its setting’s line, or says the setting is Django’s default', () => {
    expect(stepPlace(ssl)).toBe('settings.py:41');
    expect(stepPlace({ ...ssl, location: null })).toBe('(Django’s default: not in your settings)');
    expect(stepPlace({ actor: 'view', text: 'home answered', setting: null })).toBeNull();
  });

  it('tells the redirect loop behind a TLS proxy from an ordinary redirect', () => {
    const redirect = response({ status: 301, reason: 'Moved Permanently', headers: [['Location', 'https://shop.example.com/']] });
    const behindNginx = { method: 'GET', url: 'http://django_backend/', headers: { 'X-Forwarded-Proto': 'https' } };
    expect(redirectsToItself(redirect, behindNginx)).toBe(true);
    expect(redirectsToItself(redirect, { ...behindNginx, headers: { 'X-Forwarded-Proto': 'http' } })).toBe(false);
    expect(redirectsToItself(redirect, { method: 'GET', url: 'http://shop.example.com/' })).toBe(false);
    expect(redirectsToItself(response(), behindNginx)).toBe(false);
  });

  it('reads its cookies’ flags from Set-Cookie', () => {
    expect(
      setCookies(response({ headers: [['Set-Cookie', 'csrftoken=abc; expires=<DATE>; Max-Age=31449600; Path=/; SameSite=Lax; Secure'], ['Set-Cookie', 'flag']] })),
    ).toEqual([
      { name: 'csrftoken', value: 'abc', attributes: ['expires=<DATE>', 'Max-Age=31449600', 'Path=/', 'SameSite=Lax', 'Secure'] },
      { name: 'flag', value: '', attributes: [] },
    ]);
  });

  it('says why there is none when the project did not load or the handler raised', () => {
    const error = { type: 'NameError', message: "name 'x' is not defined", file: 'mysite/settings.py', line: 3 };
    const unloaded = outcomeOf({ error, responses: [], jar: {} });
    expect(unloaded.kind).toBe('unloaded');
    expect(outcomeMessage(unloaded as Exclude<typeof unloaded, { kind: 'response' }>)).toBe(
      "No request reached Django: your project could not be loaded. NameError: name 'x' is not defined (mysite/settings.py, line 3)",
    );
    const raised = outcomeOf({ error: null, responses: [response({ error: { ...error, file: null, line: null } })], jar: {} });
    expect(raised.kind).toBe('raised');
    expect(outcomeOf({ error: null, responses: [response()], jar: {} })).toEqual({ kind: 'response', response: response() });
    const stopped = outcomeOf({ error: null, responses: [response({ error: { type: 'KeyboardInterrupt', message: '', file: 'mysite/views.py', line: 4 } })], jar: {} });
    expect(outcomeMessage(stopped as Exclude<typeof stopped, { kind: 'response' }>)).toMatch(/^No answer: your code was still running at the time limit and was stopped\./);
  });
});
