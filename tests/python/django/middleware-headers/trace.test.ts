/**
 * What the header middleware tell the request panel: each decision a reader should see (a
 * redirect, a header added or left out because of a setting, a page served from the cache, a
 * static file answered before the view) is a trace step naming the setting, and the step points
 * at that setting's line in the reader's settings.py. If this broke, the panel would show a 301
 * or a missing HSTS header without saying which line of settings.py caused it: the three traps
 * of the course (the redirect loop behind a proxy, HSTS over plain http, a foreign Host) would
 * be invisible.
 *
 * The responses themselves are Django's (the http corpus and tools/oracle/cases/python/mwh-*
 * check them); here only the steps are asserted.
 */
import { describe, expect, it } from 'vitest';
import type { HttpRequestLine, RequestAnswer, TraceStep } from '../../../../src/engine/protocol';
import { useEngine } from '../../../support/engine';

const engine = useEngine();

function settings(extra: string, middleware = ''): string {
  return `SECRET_KEY = 'k'
DEBUG = False
ALLOWED_HOSTS = ['shop.example.com', 'www.shop.example.com']
INSTALLED_APPS = []
MIDDLEWARE = [
    'django.middleware.cache.UpdateCacheMiddleware',
    'django.middleware.security.SecurityMiddleware',${middleware}
    'django.middleware.common.CommonMiddleware',
    'django.middleware.gzip.GZipMiddleware',
    'django.middleware.clickjacking.XFrameOptionsMiddleware',
    'django.middleware.csp.ContentSecurityPolicyMiddleware',
    'django.middleware.cache.FetchFromCacheMiddleware',
]
ROOT_URLCONF = 'mysite.urls'
CACHES = {'default': {'BACKEND': 'django.core.cache.backends.locmem.LocMemCache'}}
${extra}
`;
}
const VIEWS = `from django.http import HttpResponse
from django.views.decorators.clickjacking import xframe_options_exempt

def home(request):
    return HttpResponse("home")

def blog(request):
    return HttpResponse("blog " * 100)

@xframe_options_exempt
def framed(request):
    return HttpResponse("framed")
`;
const URLS = `from django.urls import path
from . import views

urlpatterns = [path("", views.home), path("blog/", views.blog), path("framed/", views.framed)]
`;

function send(
  extraSettings: string,
  requests: HttpRequestLine[],
  more: { middleware?: string; files?: Record<string, string>; installed?: string[] } = {},
): Promise<RequestAnswer> {
  const files = {
    'mysite/__init__.py': '',
    'mysite/settings.py': settings(extraSettings, more.middleware),
    'mysite/views.py': VIEWS,
    'mysite/urls.py': URLS,
    ...more.files,
  };
  return engine.client.call({ op: 'request', files, settings_module: 'mysite.settings', requests, installed: more.installed });
}
const get = (url: string, headers: Record<string, string> = {}): HttpRequestLine => ({ method: 'GET', url, headers });
const stepOf = (steps: TraceStep[], actor: string, setting?: string) =>
  steps.find((s) => s.actor === actor && (setting === undefined || s.setting === setting));
const lineOf = (text: string, name: string) => text.split('\n').findIndex((line) => line.startsWith(`${name} =`)) + 1;

describe('the header middleware in the trace', () => {
  it('the SSL redirect behind a TLS proxy names SECURE_SSL_REDIRECT, its line, and why the request looked insecure', async () => {
    const extra = 'SECURE_SSL_REDIRECT = True';
    const answer = await send(extra, [get('http://shop.example.com/blog/', { 'X-Forwarded-Proto': 'https' })]);
    const [response] = answer.responses;
    expect(response!.status).toBe(301);
    const step = stepOf(response!.trace, 'SecurityMiddleware', 'SECURE_SSL_REDIRECT');
    expect(step?.text).toBe(
      '301 to https://shop.example.com/blog/ because SECURE_SSL_REDIRECT = True and the request is not secure '
        + '(X-Forwarded-Proto counts only with SECURE_PROXY_SSL_HEADER)',
    );
    expect(step?.location).toMatchObject({ file: 'mysite/settings.py', line: lineOf(settings(extra), 'SECURE_SSL_REDIRECT') });
  });

  it('HSTS over plain http is reported as missing (behind a proxy, with why), and as sent over https', async () => {
    const answer = await send('SECURE_HSTS_SECONDS = 3600', [
      get('http://shop.example.com/'), get('https://shop.example.com/'), get('http://shop.example.com/', { 'X-Forwarded-Proto': 'https' }),
    ]);
    const [plain, secure, proxied] = answer.responses;
    expect(stepOf(proxied!.trace, 'SecurityMiddleware', 'SECURE_HSTS_SECONDS')?.text).toBe(
      'no Strict-Transport-Security: the request is not secure (HSTS is only sent over HTTPS) '
        + '(X-Forwarded-Proto counts only with SECURE_PROXY_SSL_HEADER)',
    );
    expect(stepOf(plain!.trace, 'SecurityMiddleware', 'SECURE_HSTS_SECONDS')?.text).toBe(
      'no Strict-Transport-Security: the request is not secure (HSTS is only sent over HTTPS)',
    );
    expect(stepOf(secure!.trace, 'SecurityMiddleware', 'SECURE_HSTS_SECONDS')?.text).toBe(
      'Strict-Transport-Security: max-age=3600 because SECURE_HSTS_SECONDS = 3600',
    );
  });

  it('APPEND_SLASH, PREPEND_WWW, X-Frame-Options and the exempt view each say what decided', async () => {
    const answer = await send('PREPEND_WWW = False', [
      get('http://shop.example.com/blog'), get('http://shop.example.com/'), get('http://shop.example.com/framed/'),
    ]);
    const [slash, home, framed] = answer.responses;
    expect(stepOf(slash!.trace, 'CommonMiddleware', 'APPEND_SLASH')?.text).toBe('301 to /blog/ because APPEND_SLASH = True and /blog did not match');
    expect(stepOf(home!.trace, 'XFrameOptionsMiddleware', 'X_FRAME_OPTIONS')?.text).toBe('X-Frame-Options: DENY (X_FRAME_OPTIONS)');
    expect(stepOf(framed!.trace, 'XFrameOptionsMiddleware')?.text).toBe('no X-Frame-Options: the view is marked @xframe_options_exempt');
    const www = await send('PREPEND_WWW = True', [get('http://shop.example.com/blog/')]);
    const step = stepOf(www.responses[0]!.trace, 'CommonMiddleware', 'PREPEND_WWW');
    expect(step?.text).toBe('301 to http://www.shop.example.com/blog/ because PREPEND_WWW = True');
    expect(step?.location).toMatchObject({ file: 'mysite/settings.py', line: lineOf(settings('PREPEND_WWW = True'), 'PREPEND_WWW') });
  });

  it('the per-site cache says when it stored a page and when it answered instead of the view', async () => {
    const answer = await send('CACHE_MIDDLEWARE_SECONDS = 120', [get('http://shop.example.com/'), get('http://shop.example.com/')]);
    const [first, second] = answer.responses;
    expect(stepOf(first!.trace, 'UpdateCacheMiddleware', 'CACHE_MIDDLEWARE_SECONDS')?.text).toBe('stored in the cache for 120 s (CACHE_MIDDLEWARE_SECONDS)');
    expect(stepOf(second!.trace, 'FetchFromCacheMiddleware')?.text).toMatch(/^served from the cache \(\d+ s old\): the view did not run$/);
  });

  it('GZip and CSP say what they did', async () => {
    const answer = await send("SECURE_CSP = {'default-src': [\"'self'\"]}", [
      get('http://shop.example.com/blog/', { 'Accept-Encoding': 'gzip' }), get('http://shop.example.com/blog/'),
    ]);
    const [zipped, plain] = answer.responses;
    expect(stepOf(zipped!.trace, 'GZipMiddleware')?.text).toBe('Content-Encoding: gzip (the request accepts gzip)');
    expect(stepOf(plain!.trace, 'GZipMiddleware')?.text).toBe("not compressed: the request's Accept-Encoding does not name gzip");
    expect(stepOf(plain!.trace, 'ContentSecurityPolicyMiddleware', 'SECURE_CSP')?.text).toBe('Content-Security-Policy from SECURE_CSP');
  });

  it('WhiteNoise answers a static file before the view, pointing at STATIC_ROOT', async () => {
    const answer = await send(
      "STATIC_URL = 'static/'\nSTATIC_ROOT = 'staticfiles'",
      [get('http://shop.example.com/static/site.css'), get('http://shop.example.com/static/missing.css')],
      {
        middleware: "\n    'whitenoise.middleware.WhiteNoiseMiddleware',",
        files: { 'staticfiles/site.css': 'body { color: red }' },
        installed: ['whitenoise'],
      },
    );
    expect(answer.error).toBeNull();
    const [found, missing] = answer.responses;
    expect(found!.status).toBe(200);
    expect(found!.body).toBe('body { color: red }');
    expect(stepOf(found!.trace, 'WhiteNoiseMiddleware', 'STATIC_ROOT')?.text).toBe(
      '200 for /static/site.css: a static file, answered before the view',
    );
    expect(missing!.status).toBe(404);
    expect(stepOf(missing!.trace, 'WhiteNoiseMiddleware')).toBeUndefined();
  });
});
