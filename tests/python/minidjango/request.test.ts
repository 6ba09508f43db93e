/**
 * The `request` operation: requests sent to a reader's project as gunicorn hands them to
 * Django's WSGI application, with a browser's cookie jar between them. If this broke, the
 * request panel and the exercises' run.request() would show responses real Django never gives,
 * lose cookies between sends, or point a trace step at the wrong line.
 */
import { describe, expect, it } from 'vitest';
import type { HttpRequestLine, RequestAnswer, TraceStep } from '../../../src/engine/protocol';
import { useEngine } from '../../support/engine';

const engine = useEngine();

const SETTINGS = `SECRET_KEY = 'k'
DEBUG = False
ALLOWED_HOSTS = ['shop.example.com']
INSTALLED_APPS = []
MIDDLEWARE = ['mysite.mw.Stamp']
ROOT_URLCONF = 'mysite.urls'
`;
const MW = `from django.core.exceptions import MiddlewareNotUsed

class Stamp:
    def __init__(self, get_response):
        self.get_response = get_response
    def __call__(self, request):
        request.get_host()
        response = self.get_response(request)
        response["X-Stamp"] = "1"
        return response
`;
const VIEWS = `from django.http import HttpResponse

COUNT = [0]

def home(request):
    COUNT[0] += 1
    return HttpResponse("visit %d, cookies %s" % (COUNT[0], sorted(request.COOKIES.items())))

def remember(request):
    response = HttpResponse("set")
    response.set_cookie("theme", request.GET.get("theme", "dark"))
    return response

def forget(request):
    response = HttpResponse("gone")
    response.delete_cookie("theme")
    return response

def nothing(request):
    return None

def form(request):
    return HttpResponse("title=%s" % request.POST.get("title"))

def binary(request):
    return HttpResponse(bytes([0, 255, 1]), content_type="application/octet-stream")
`;
const URLS = `from django.urls import path
from . import views

urlpatterns = [
    path("", views.home), path("remember/", views.remember), path("forget/", views.forget),
    path("nothing/", views.nothing), path("form/", views.form), path("binary/", views.binary),
]
`;
const FILES = { 'mysite/__init__.py': '', 'mysite/settings.py': SETTINGS, 'mysite/mw.py': MW, 'mysite/views.py': VIEWS, 'mysite/urls.py': URLS };

function send(requests: HttpRequestLine[], extra: { files?: Record<string, string>; jar?: Record<string, string> } = {}): Promise<RequestAnswer> {
  return engine.client.call({ op: 'request', files: { ...FILES, ...extra.files }, settings_module: 'mysite.settings', requests, jar: extra.jar });
}

const get = (url: string, more: Partial<HttpRequestLine> = {}): HttpRequestLine => ({ method: 'GET', url, ...more });

describe('the request operation', () => {
  it("answers as the project's middleware and view do, and keeps module state from one request to the next", async () => {
    const answer = await send([get('http://shop.example.com/'), get('http://shop.example.com/')]);
    expect(answer.error).toBeNull();
    expect(answer.responses.map((r) => [r.status, r.reason, r.body])).toEqual([
      [200, 'OK', 'visit 1, cookies []'],
      [200, 'OK', 'visit 2, cookies []'],
    ]);
    expect(answer.responses[0]!.headers).toEqual([['Content-Type', 'text/html; charset=utf-8'], ['X-Stamp', '1']]);
  });

  it('keeps cookies as a browser does: stored, sent back, removed, or not sent when a request says so', async () => {
    const answer = await send(
      [
        get('http://shop.example.com/remember/?theme=light'),
        get('http://shop.example.com/'),
        get('http://shop.example.com/', { cookies: false }),
        get('http://shop.example.com/forget/'),
        get('http://shop.example.com/'),
      ],
      { jar: { lang: 'fr' } },
    );
    expect(answer.responses.map((r) => r.body)).toEqual([
      'set',
      "visit 1, cookies [('lang', 'fr'), ('theme', 'light')]",
      'visit 2, cookies []',
      'gone',
      "visit 3, cookies [('lang', 'fr')]",
    ]);
    expect(answer.jar).toEqual({ lang: 'fr' });
  });

  it('refuses a host ALLOWED_HOSTS does not list with a 400, and the trace points at ALLOWED_HOSTS', async () => {
    const answer = await send([get('http://django_backend/'), get('http://evil.example:8000/')]);
    const [response, foreign] = answer.responses;
    expect(foreign!.trace.find((s) => s.setting === 'ALLOWED_HOSTS')?.text).toBe(
      "400 Bad Request: 'evil.example' is not in ALLOWED_HOSTS = ['shop.example.com']",
    );
    expect(response!.status).toBe(400);
    const step: TraceStep | undefined = response!.trace.find((s) => s.setting === 'ALLOWED_HOSTS');
    expect(step?.text).toBe("400 Bad Request: the Host 'django_backend' is not a valid host name (RFC 1034/1035: letters, digits, '-' and '.' only), so no ALLOWED_HOSTS entry can let it in");
    expect(step?.location).toMatchObject({ file: 'mysite/settings.py', line: 3 });
  });

  it("says which view answered, and gives Django's 500 for a view that returns None", async () => {
    const answer = await send([get('http://shop.example.com/'), get('http://shop.example.com/nothing/')]);
    expect(answer.responses[0]!.trace.map((s) => s.text)).toContain('mysite.views.home answered 200 OK');
    expect(answer.responses[1]!.status).toBe(500);
    expect(answer.responses[1]!.body).toContain('<title>Server Error (500)</title>');
    expect(answer.responses[1]!.trace.map((s) => s.text).join('\n')).toContain('ValueError became a 500 from handler500');
  });

  it('sends a form body and replaces {csrftoken} by the jar\'s token', async () => {
    const answer = await send(
      [{ method: 'POST', url: 'http://shop.example.com/form/', body: 'title={csrftoken}', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }],
      { jar: { csrftoken: 'abc' } },
    );
    expect(answer.responses[0]!.body).toBe('title=abc');
  });

  it('gives a body that is not UTF-8 as base64', async () => {
    const answer = await send([get('http://shop.example.com/binary/')]);
    expect(answer.responses[0]!.body).toBeUndefined();
    expect(answer.responses[0]!.body_base64).toBe('AP8B');
  });

  it('answers a project that cannot load with its error, and no responses', async () => {
    const answer = await send([get('http://shop.example.com/')], { files: { 'mysite/settings.py': 'DEBUG = Tru\n' } });
    expect(answer.responses).toEqual([]);
    expect(answer.error).toMatchObject({ type: 'NameError', file: 'mysite/settings.py', line: 1 });
  });

  it("sends a batch at one instant of the clock, as the corpus was recorded: a cached page's Age does not tick on a slow machine", async () => {
    const files = {
      'mysite/settings.py': SETTINGS.replace("MIDDLEWARE = ['mysite.mw.Stamp']", 'MIDDLEWARE = []'),
      'mysite/views.py': `import time
from django.http import HttpResponse
from django.views.decorators.cache import cache_page

@cache_page(60)
def home(request):
    return HttpResponse("cached")

def slow(request):
    time.sleep(1.1)
    return HttpResponse("slept")
`,
      'mysite/urls.py': `from django.urls import path
from . import views

urlpatterns = [path("", views.home), path("slow/", views.slow)]
`,
    };
    const answer = await send([get('http://shop.example.com/'), get('http://shop.example.com/slow/'), get('http://shop.example.com/')], { files });
    const [first, , again] = answer.responses;
    const header = (response: typeof first, name: string) => response!.headers.find(([key]) => key === name)?.[1];
    expect(header(again, 'Age')).toBe('0');
    expect(header(again, 'Expires')).toBe(header(first, 'Expires'));
  });

  it('does not send a URL no browser could, and says why', async () => {
    const answer = await send([get('http://[::1/'), get('ftp://shop.example.com/'), get('http://shop.example.com/')]);
    expect(answer.responses.map((r) => r.error?.type ?? r.status)).toEqual(['RequestRefused', 'RequestRefused', 200]);
    expect(answer.responses[0]!.error!.message).toContain("The URL 'http://[::1/' cannot be sent");
  });
});
