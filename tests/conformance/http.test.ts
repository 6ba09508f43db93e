/**
 * How `npm run conformance` compares the engine's responses with real Django's recorded ones
 * (../shared/conformance/http/README.md). If this broke, an http case could pass while our
 * response differs from Django's, or fail on what the README says is random (tokens, dates) or
 * machine-dependent (the full text of DEBUG's technical pages).
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compareHttpResponse, maskHeader, maskText, randomCookieNames, technicalOf, type ExpectedHttpResponse } from '../../src/conformance/http';
import type { HttpResponseAnswer } from '../../src/engine/protocol';

const answer = (fields: Partial<HttpResponseAnswer>): HttpResponseAnswer => ({ status: 200, reason: 'OK', headers: [], trace: [], body: '', ...fields });

describe('masks', () => {
  it('hides the CSRF and session cookie values by the names the settings give them, and dates', () => {
    const names = randomCookieNames({ 'mysite/settings.py': "DEBUG = True\nSESSION_COOKIE_NAME = 'shop_session'\n" }, 'mysite.settings');
    expect(names).toEqual(['csrftoken', 'shop_session']);
    expect(maskHeader(['Set-Cookie', 'shop_session=abc:def; expires=Wed, 01 Dec 2027 06:00:00 GMT; HttpOnly'], names)).toEqual([
      'Set-Cookie',
      'shop_session=<RANDOM>; expires=<DATE>; HttpOnly',
    ]);
    // Another cookie keeps its value: a view setting it is not random.
    expect(maskHeader(['Set-Cookie', 'theme=dark; Path=/'], names)).toEqual(['Set-Cookie', 'theme=dark; Path=/']);
    expect(maskHeader(['Expires', 'Tue, 01 Dec 2026 17:01:02 GMT'], names)).toEqual(['Expires', '<DATE>']);
  });

  it('hides the token of {% csrf_token %} and CSP nonces in a body', () => {
    expect(maskText('<input type="hidden" name="csrfmiddlewaretoken" value="Zx81">')).toBe('<input type="hidden" name="csrfmiddlewaretoken" value="<RANDOM>">');
    expect(maskText(`<script nonce="n0Nc3"></script> script-src 'nonce-n0Nc3'`)).toBe(`<script nonce="<RANDOM>"></script> script-src 'nonce-<RANDOM>'`);
  });
});

describe('technical pages', () => {
  const page404 = `<!DOCTYPE html><html><head><title>Page not found at /blog/x/</title><style>pre.exception_value { color: red }</style></head>
    <body><table><tr><th scope="row">Raised by:</th><td>mysite.views.missing</td></tr></table>
    <p>Using the URLconf defined in <code>mysite.urls</code>, Django tried these URL patterns, in this order:</p>
    <ol><li><code></code> [name=&#x27;home&#x27;]</li><li>
      <code>blog/</code>
      [name=&#x27;blog&#x27;]
    </li></ol></body></html>`;

  it('keeps the title, the Raised by cell and the patterns tried, tags removed and whitespace collapsed', () => {
    expect(technicalOf(page404)).toEqual({
      title: 'Page not found at /blog/x/',
      exception_value: null,
      raised_by: 'mysite.views.missing',
      tried: ["[name='home']", "blog/ [name='blog']"],
    });
  });

  it('reads the exception value as text (entities decoded, lines kept), and no tried list on a 500', () => {
    const page500 = `<title>ValueError\n at /boom/</title><pre class="exception_value">the payment&#x27;s
service is &lt;down&gt;</pre>`;
    expect(technicalOf(page500)).toEqual({ title: 'ValueError at /boom/', exception_value: "the payment's\nservice is <down>", raised_by: null });
  });

  it('compares the Content-Length of a technical page by presence and place only', () => {
    const expected: ExpectedHttpResponse = {
      status: 500,
      reason: 'Internal Server Error',
      headers: [['Content-Type', 'text/html'], ['Content-Length', '51109']],
      technical: { title: 'ValueError at /boom/', exception_value: 'x', raised_by: null },
    };
    const page = '<title>ValueError at /boom/</title><pre class="exception_value">x</pre>';
    const same = answer({ status: 500, reason: 'Internal Server Error', headers: [['Content-Type', 'text/html'], ['Content-Length', '999']], body: page });
    expect(compareHttpResponse('r', expected, same, [])).toEqual([]);
    const without = answer({ ...same, headers: [['Content-Type', 'text/html']] });
    expect(compareHttpResponse('r', expected, without, [])).toHaveLength(1);
  });
});

describe('bodies', () => {
  it('compares a gzip body decompressed, its Content-Length as <LENGTH>', () => {
    const expected: ExpectedHttpResponse = {
      status: 200,
      reason: 'OK',
      headers: [['Content-Encoding', 'gzip'], ['Content-Length', '<LENGTH>']],
      body_gunzipped: 'a long page',
    };
    const zipped = gzipSync(Buffer.from('a long page'));
    const got = answer({ body: undefined, body_base64: zipped.toString('base64'), headers: [['Content-Encoding', 'gzip'], ['Content-Length', String(zipped.length)]] });
    expect(compareHttpResponse('r', expected, got, [])).toEqual([]);
  });

  it('tells a different body, header order or status apart', () => {
    const expected: ExpectedHttpResponse = { status: 200, reason: 'OK', headers: [['A', '1'], ['B', '2']], body: 'hi' };
    expect(compareHttpResponse('r', expected, answer({ headers: [['A', '1'], ['B', '2']], body: 'hi' }), [])).toEqual([]);
    expect(compareHttpResponse('r', expected, answer({ headers: [['B', '2'], ['A', '1']], body: 'hi' }), [])).toHaveLength(1);
    expect(compareHttpResponse('r', expected, answer({ headers: [['A', '1'], ['B', '2']], body: 'ho' }), [])).toHaveLength(1);
    expect(compareHttpResponse('r', expected, answer({ status: 404, reason: 'Not Found', headers: [['A', '1'], ['B', '2']], body: 'hi' }), [])).toHaveLength(1);
  });
});
