/**
 * What a reader's panel or an exercise's check may send, and what a reader's view may do: a view
 * that never returns, a 10 MB body, a header with a newline, paths that are not UTF-8, URLs no
 * browser could send. Each gets Django's answer where Django has one, or a clear message; none
 * stops the engine. If this broke, one bad request would freeze the panel or lose the worker.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { HttpRequestLine, RequestAnswer } from '../../../src/engine/protocol';
import { useEngine } from '../../support/engine';

// Long enough for a 10 MB body on a busy machine; the loop still meets it.
const engine = useEngine({ timeLimitMs: 8000, graceMs: 4000 });

const FILES = {
  'mysite/__init__.py': '',
  'mysite/settings.py': "SECRET_KEY = 'k'\nDEBUG = False\nALLOWED_HOSTS = ['*']\nINSTALLED_APPS = []\nMIDDLEWARE = []\nROOT_URLCONF = 'mysite.urls'\n",
  'mysite/urls.py': `from django.urls import path, re_path
from . import views

urlpatterns = [path("loop/", views.loop), path("form/", views.form), path("echo/", views.echo), path("big/", views.big), path("stream/", views.stream),
               re_path(r"^p/", views.where)]
`,
  'mysite/views.py': `from django.http import HttpResponse, StreamingHttpResponse

def loop(request):
    n = 0
    while True:
        n += 1

def form(request):
    return HttpResponse("%d fields" % len(request.POST))

def echo(request):
    return HttpResponse(repr(request.headers.get("X-Note")))

def stream(request):
    def forever():
        while True:
            yield "data: tick\\n\\n"
    return StreamingHttpResponse(forever(), content_type="text/event-stream")

def big(request):
    return HttpResponse("x" * 600_000)

def where(request):
    return HttpResponse(request.path)
`,
};

function send(requests: HttpRequestLine[]): Promise<RequestAnswer> {
  return engine.client.call({ op: 'request', files: FILES, settings_module: 'mysite.settings', requests });
}
const get = (path: string): HttpRequestLine => ({ method: 'GET', url: `http://shop.example.com${path}` });

beforeAll(async () => {
  // The first run imports Django; do it now, so the time limit only meets the loop.
  await send([get('/p/warm/')]);
});

describe('bad input through the request operation', () => {
  it('stops a view that never returns at the time limit, says where, sends nothing after it, and goes on answering', async () => {
    const answer = await send([get('/p/before/'), get('/loop/'), get('/p/after/')]);
    expect(answer.responses.map((r) => r.error?.type ?? r.status)).toEqual([200, 'KeyboardInterrupt', 'NotSent']);
    const stopped = answer.responses[1]!.error!;
    expect(stopped).toMatchObject({ file: 'mysite/views.py' });
    expect([5, 6]).toContain(stopped.line);
    expect(stopped.explanation).toMatch(/still being handled when the time limit ran out/);
    expect(answer.responses[2]!.error!.message).toBe('Not sent: the time limit stopped an earlier request.');

    const next = await send([get('/p/again/')]);
    expect(next.responses[0]!.body).toBe('/p/again/');
  });

  it("answers a 10 MB form with Django's 400 (DATA_UPLOAD_MAX_MEMORY_SIZE)", async () => {
    const body = `a=${'x'.repeat(10 * 1024 * 1024)}`;
    const answer = await send([{ method: 'POST', url: 'http://shop.example.com/form/', body, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }]);
    expect(answer.responses[0]!.status).toBe(400);
    expect(answer.responses[0]!.trace.map((s) => s.text).join('\n')).toContain('RequestDataTooBig became a 400');
  });

  it('passes a header with a newline on to Django as a server would hand it over', async () => {
    const answer = await send([{ ...get('/echo/'), headers: { 'X-Note': 'one\r\nSet-Cookie: admin=1' }, url: 'http://shop.example.com/echo/' }]);
    expect(answer.responses[0]!.body).toBe("'one\\r\\nSet-Cookie: admin=1'");
  });

  it('reads a path that is not UTF-8 as Django does: the broken bytes percent-encoded again', async () => {
    const answer = await send([get('/p/caf%C3%A9/%E9t%E9/'), get('/p/café/')]);
    expect(answer.responses.map((r) => r.body)).toEqual(['/p/café/%E9t%E9/', '/p/café/']);
  });

  it('cuts a body over 256 KiB and says so', async () => {
    const answer = await send([get('/big/')]);
    const body = answer.responses[0]!.body!;
    expect(body.startsWith('x'.repeat(1000))).toBe(true);
    expect(body).toContain('more bytes left out: the engine returns at most 262,144 bytes of a body');
    expect(answer.responses[0]!.headers).toContainEqual(['Content-Type', 'text/html; charset=utf-8']);
  });

  it('keeps many large bodies in one call within what the page accepts, each cut saying so', async () => {
    const answer = await send(Array.from({ length: 6 }, () => get('/big/')));
    expect(answer.responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
    const kept = answer.responses.map((r) => 600_000 - (r.body_cut ?? 0));
    expect(kept.slice(0, 2)).toEqual([262_144, 262_144]);
    expect(kept.reduce((sum, n) => sum + n, 0)).toBeLessThanOrEqual(700_000);
    expect(answer.responses[5]!.body).toContain('600,000 more bytes left out');
  });

  it('stops reading a response that streams for ever, and says so', async () => {
    const answer = await send([get('/stream/'), get('/p/next/')]);
    const [stream, next] = answer.responses;
    expect(stream!.status).toBe(200);
    expect(stream!.body!.startsWith('data: tick\n\ndata: tick')).toBe(true);
    expect(stream!.body).toContain('the stream went on past 1,048,576 bytes: the engine stopped reading it there');
    expect(next!.body).toBe('/p/next/');
  });

  it('does not send what no browser could, and answers the requests around it', async () => {
    const answer = await send([get('/p/1/'), { method: 'GET', url: 'shop.example.com/p/' }, { method: 'GET', url: 'http://shop.example.com:99999/' }, get('/p/2/')]);
    expect(answer.responses.map((r) => r.error?.type ?? r.body)).toEqual(['/p/1/', 'RequestRefused', 'RequestRefused', '/p/2/']);
  });
});
