/**
 * DEBUG's technical pages (django.views.debug) as a reader meets them: through a request to
 * their own project. What Django's pages say word for word (title, exception value, Raised by,
 * the patterns tried, the text report) is asserted by recorded cases (tools/oracle/cases/python/
 * err-*.json); these tests hold what the course relies on beyond those fields: the page shows
 * the reader's source and settings with the secrets hidden, runs no script in the panel's
 * sandboxed frame, and cannot be turned into markup by a crafted path.
 */
import { describe, expect, it } from 'vitest';
import { technicalOf } from '../../../src/conformance/http';
import type { HttpRequestLine, RequestAnswer } from '../../../src/engine/protocol';
import { useEngine } from '../../support/engine';
import { usePython } from '../../support/python';

const SECRET = 'k7#Qx!v2Lr9@Wm4-the-real-secret-key-of-the-shop';

const settings = (extra = '') => `SECRET_KEY = ${JSON.stringify(SECRET)}
DEBUG = True
ALLOWED_HOSTS = ['shop.example.com']
INSTALLED_APPS = ['django.contrib.contenttypes', 'django.contrib.auth']
MIDDLEWARE = ['django.middleware.common.CommonMiddleware']
ROOT_URLCONF = 'mysite.urls'
DATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql', 'NAME': 'shop', 'PASSWORD': 'db-password-42'}}
STRIPE_API_KEY = 'sk_live_visible_nowhere'
${extra}`;

const urls = `from django.urls import path
from . import views

urlpatterns = [
    path("", views.home, name="home"),
    path("boom/", views.boom, name="boom"),
]
`;

const views = `from django.http import HttpResponse


def home(request):
    return HttpResponse("home")


def boom(request):
    price = 42
    raise ValueError("the payment service is down")
`;

const project = (extra = '', urlconf = urls) => ({
  'mysite/__init__.py': '',
  'mysite/settings.py': settings(extra),
  'mysite/urls.py': urlconf,
  'mysite/views.py': views,
});

const engine = useEngine();

async function send(requests: HttpRequestLine[], files = project()): Promise<RequestAnswer> {
  return engine.client.call({ op: 'request', files, settings_module: 'mysite.settings', requests });
}

const header = (answer: RequestAnswer['responses'][number], name: string) =>
  answer.headers.find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];

describe('the technical 500 page', () => {
  it("shows a stranger the reader's source line, its local variables and the settings, secrets starred", async () => {
    const [page] = (await send([{ method: 'GET', url: 'http://shop.example.com/boom/' }])).responses;
    expect(page!.status).toBe(500);
    expect(header(page!, 'Content-Type')).toBe('text/html');
    const body = page!.body!;
    expect(technicalOf(body)).toEqual({ title: 'ValueError at /boom/', exception_value: 'the payment service is down', raised_by: null });
    expect(body).toContain('raise ValueError(&quot;the payment service is down&quot;)');
    expect(body).toMatch(/<td>price<\/td><td><pre>42<\/pre>/);
    expect(body).toMatch(/<td>SECRET_KEY<\/td><td><pre>&#x27;\*{20}&#x27;<\/pre>/);
    expect(body).toContain('mysite.views.boom');
    // Every frame has its source, Django's own (the handler's) as the reader's.
    expect(body).toContain('django/core/handlers/base.py');
    expect(body).not.toContain('source code not available');
    expect(body).toContain('You’re seeing this error because you have <code>DEBUG = True</code>');
    for (const secret of [SECRET, 'db-password-42', 'sk_live_visible_nowhere']) expect(body).not.toContain(secret);
  });

  it('runs no script, so the panel can show it in a frame that allows none', async () => {
    const [page] = (await send([{ method: 'GET', url: 'http://shop.example.com/boom/' }])).responses;
    expect(page!.body).not.toMatch(/<script|\son[a-z]+=|javascript:/i);
  });

  it('is plain text for a client that asks for text/plain', async () => {
    const [page] = (await send([{ method: 'GET', url: 'http://shop.example.com/boom/', headers: { Accept: 'text/plain' } }])).responses;
    expect(header(page!, 'Content-Type')).toBe('text/plain; charset=utf-8');
    expect(page!.body).toMatch(/^ValueError at \/boom\/\nthe payment service is down\n\nRequest Method: GET\nRequest URL: http:\/\/shop.example.com\/boom\/\n/);
    expect(page!.body).not.toContain(SECRET);
  });

  it('answers a foreign Host with the 400 that names the host and the setting to change', async () => {
    const [page] = (await send([{ method: 'GET', url: 'http://evil.example/boom/?q=1' }])).responses;
    expect(page!.status).toBe(400);
    const body = page!.body!;
    expect(technicalOf(body).title).toBe('DisallowedHost at /boom/');
    expect(technicalOf(body).exception_value).toBe("Invalid HTTP_HOST header: 'evil.example'. You may need to add 'evil.example' to ALLOWED_HOSTS.");
    // The page still says where the request went, from the host it claimed.
    expect(body).toContain('http://evil.example/boom/?q=1');
  });
});

describe('the technical 404 page', () => {
  it('lists the patterns tried and says the path matched none', async () => {
    const [page] = (await send([{ method: 'GET', url: 'http://shop.example.com/nothing/' }])).responses;
    expect(page!.status).toBe(404);
    expect(header(page!, 'Content-Type')).toBe('text/html; charset=utf-8');
    expect(technicalOf(page!.body!)).toEqual({
      title: 'Page not found at /nothing/',
      exception_value: null,
      raised_by: null,
      tried: ["[name='home']", "boom/ [name='boom']"],
    });
    expect(page!.body).toContain('The current path, <code>nothing/</code>, didn’t match any of these.');
  });

  it('cannot be turned into markup by a crafted path', async () => {
    const [page] = (await send([{ method: 'GET', url: 'http://shop.example.com/%3Cscript%3Ealert(1)%3C/script%3E/' }])).responses;
    expect(page!.status).toBe(404);
    expect(page!.body).not.toContain('<script>');
    expect(technicalOf(page!.body!).title).toBe('Page not found at /<script>alert(1)</script>/');
  });

  it('is the "install worked" page for a URLconf without patterns', async () => {
    const files = project('', 'urlpatterns = []\n');
    const [page] = (await send([{ method: 'GET', url: 'http://shop.example.com/' }], files)).responses;
    expect(page!.status).toBe(200);
    expect(technicalOf(page!.body!).title).toBe('The install worked successfully! Congratulations!');
  });
});

describe('the reporter between projects', () => {
  const python = usePython();
  const filterOf = `from django.views.debug import get_default_exception_reporter_filter
result = type(get_default_exception_reporter_filter()).__name__`;

  it("forgets one project's DEFAULT_EXCEPTION_REPORTER_FILTER in the next", () => {
    const files = {
      'mysite/__init__.py': '',
      'mysite/filters.py': 'from django.views.debug import SafeExceptionReporterFilter\n\nclass ShopFilter(SafeExceptionReporterFilter):\n    pass\n',
    };
    const configure = (extra: string) => `from django.conf import settings\nsettings.configure(${extra})\n${filterOf}`;
    expect(python.run(configure("DEFAULT_EXCEPTION_REPORTER_FILTER='mysite.filters.ShopFilter'"), files)).toBe('ShopFilter');
    expect(python.run(configure(''), files)).toBe('SafeExceptionReporterFilter');
  });
});
