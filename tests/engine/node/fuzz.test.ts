/**
 * The engine under generated input: settings files and URLconfs, valid, broken and hostile, made
 * from a seeded generator, through `check` and `urls`. Whatever the reader types, the page must
 * get an answer of the expected shape (the client validates every answer and rejects a fault or
 * a malformed one), or a stop at the time limit, and the next run must work as the first did.
 * A failure prints the seed and the case's index, so it can be replayed.
 */
import { describe, expect, it } from 'vitest';
import { EngineStoppedError } from '../../../src/engine/client';
import type { CheckResult, ProjectFiles, UrlsAnswer } from '../../../src/engine/protocol';
import { useEngine } from '../../support/engine';

const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const SETTINGS_CASES = 120;
const URLCONF_CASES = 80;

/** mulberry32: small, seeded, good enough to pick from tables. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Pick = <T>(choices: readonly T[]) => T;

const SETTING_NAMES = [
  'DEBUG', 'SECRET_KEY', 'SECRET_KEY_FALLBACKS', 'ALLOWED_HOSTS', 'INSTALLED_APPS', 'MIDDLEWARE', 'ROOT_URLCONF',
  'STATIC_URL', 'STATIC_ROOT', 'STATICFILES_DIRS', 'STORAGES', 'MEDIA_URL', 'MEDIA_ROOT', 'CACHES', 'DATABASES',
  'TEMPLATES', 'LOGGING', 'SECURE_HSTS_SECONDS', 'SECURE_SSL_REDIRECT', 'SECURE_PROXY_SSL_HEADER',
  'SECURE_REFERRER_POLICY', 'SECURE_CROSS_ORIGIN_OPENER_POLICY', 'SESSION_COOKIE_SECURE', 'CSRF_COOKIE_SECURE',
  'CSRF_TRUSTED_ORIGINS', 'X_FRAME_OPTIONS', 'LANGUAGE_CODE', 'LANGUAGES', 'TIME_ZONE', 'USE_TZ',
  'DEFAULT_AUTO_FIELD', 'AUTH_USER_MODEL', 'FILE_UPLOAD_TEMP_DIR', 'APPEND_SLASH', 'WSGI_APPLICATION',
];

const VALUES = [
  'True', 'False', 'None', '0', '-1', '2**64', '1e309', '""', '"x" * 5000', '"*"', '["*"]', '[]', '()', '{}',
  '[None]', '[1, 2]', '{"default": {}}', '{"default": None}', 'b"bytes"', 'object()', 'lambda: 0', '...',
  '"django.contrib.admin"', '["django.contrib.auth", "django.contrib.contenttypes"]',
  '["django.middleware.security.SecurityMiddleware", "nope.Middleware"]', '"mysite.urls"', '"missing.urls"',
  '{"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}',
  '{"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": "db.sqlite3"}}',
  '[{"BACKEND": "django.template.backends.django.DjangoTemplates", "APP_DIRS": True, "OPTIONS": {"loaders": []}}]',
  '("HTTP_X_FORWARDED_PROTO", "https")', '"django-insecure-" + "a" * 50', '"\\u0000"', '"\\ud800"', 'float("nan")',
  'os.environ["MISSING"]', 'os.environ.get("DJANGO_DEBUG", "") == "1"', 'Path(__file__).resolve().parent / "static"',
  '["x%d" % i for i in range(5000)]', '{"x%d" % i: i for i in range(300)}',
];

const BROKEN_LINES = [
  'DEBUG = ', 'if True:', 'ALLOWED_HOSTS = ["a",', '\tDEBUG = False', 'def f(:', 'x = 1 +', '"""unterminated',
  'SECRET_KEY = "a" "b', 'return 1', 'import', 'from . import nothing_here', 'DEBUG = True)', '@', 'class',
];

const HOSTILE_LINES = [
  'import sys; sys.modules.pop("django.conf", None)',
  'import sys; sys.path.clear()',
  'import os; os.environ.clear()',
  'raise SystemExit(3)',
  'raise KeyboardInterrupt',
  'raise MemoryError',
  'import gc; gc.disable()',
  'import sys; sys.setrecursionlimit(40)',
  'def f(): return f()\nf()',
  'import builtins; builtins.print = None',
  'import json; json.dumps = lambda *a, **k: "{"',
  '__import__("js")',
  'import pyodide_js',
  'exec("import ctypes")',
  'open("/tmp/fuzz-left-here", "w").write("x")',
  'import django.conf; django.conf.settings = None',
  'import sys; sys.stdout = None; sys.stderr = None',
  'x = "\\x00" * 100',
];

function settingsFile(pick: Pick, next: () => number): string {
  const lines = ['import os', 'from pathlib import Path', 'BASE_DIR = Path(__file__).resolve().parent.parent'];
  const count = 1 + Math.floor(next() * 14);
  for (let i = 0; i < count; i++) {
    const roll = next();
    if (roll < 0.8) lines.push(`${pick(SETTING_NAMES)} = ${pick(VALUES)}`);
    else if (roll < 0.92) lines.push(pick(BROKEN_LINES));
    else lines.push(pick(HOSTILE_LINES));
  }
  return `${lines.join('\n')}\n`;
}

const ROUTES = ['', 'a/', '<int:pk>/', '<slug:slug>/', '<str:x>/<path:rest>', '<nope:x>/', '/leading/', 'a//b/', '<int:pk', 'é/', '<int:pk>/<int:pk>/'];
const REGEXES = ['^$', '^a/$', '^(?P<year>[0-9]{4})/$', '^(', '([0-9]+)/(?P<x>a)', '^\\d+$', '(?i)^x/$', '^$$', '[a-'];
const VIEWS = ['views.home', 'views.View.as_view()', 'None', '"views.home"', 'views.missing', 'lambda request: None', 'views.Home', 'include("mysite.more")', 'include([])', 'include(("mysite.more", "more"), namespace="more")', 'include("missing.urls")'];
const NAMES = ['', ', name="home"', ', name="detail"', ', name="home"', ', name=None', ', name=42', ', {"x": 1}, name="extra"'];

function urlconf(pick: Pick, next: () => number): string {
  const count = Math.floor(next() * 10);
  const entries = Array.from({ length: count }, () =>
    next() < 0.7
      ? `    path(${JSON.stringify(pick(ROUTES))}, ${pick(VIEWS)}${pick(NAMES)}),`
      : `    re_path(${JSON.stringify(pick(REGEXES))}, ${pick(VIEWS)}${pick(NAMES)}),`,
  );
  const tail = next() < 0.1 ? pick(HOSTILE_LINES) : next() < 0.1 ? pick(BROKEN_LINES) : '';
  return `from django.urls import include, path, re_path\nfrom . import views\n\nurlpatterns = [\n${entries.join('\n')}\n]\n${tail}\n`;
}

const VIEWS_MODULE = `from django.http import HttpResponse
from django.views import View


def home(request, **kwargs):
    return HttpResponse("home")


class Home(View):
    pass
`;

const PATHS = ['/', '/a/', '/12/', '/2024/', '/slug-1/', '/x/y/z', '/%ZZ/', '/\u0000', '/é/', `/${'a/'.repeat(600)}`, '//', '/more/', '/more/a/', '?page=2', ''];
const REVERSES = [
  { viewname: 'home' }, { viewname: 'detail', args: [1] }, { viewname: 'detail', kwargs: { pk: 'x' } },
  { viewname: 'more:home' }, { viewname: 'missing' }, { viewname: 'extra', query: { a: [1, 2] } }, { viewname: '' },
];

/** Runs one call; a stop at the time limit is an answer too (the reader's code looped). */
async function answered<T>(call: () => Promise<T>, label: string): Promise<T | 'stopped'> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof EngineStoppedError) return 'stopped';
    throw new Error(`${label}: ${(error as Error).message}`);
  }
}

describe(`the engine on generated projects (seed ${SEED})`, () => {
  const engine = useEngine({ timeLimitMs: 10_000 });
  const baseline = { 'mysite/settings.py': 'DEBUG = False\nALLOWED_HOSTS = ["example.com"]\n' };

  it(`answers ${SETTINGS_CASES} generated settings files, and the next run is as the first`, async () => {
    const first = await engine.check(baseline);
    const next = random(SEED);
    const pick: Pick = (choices) => choices[Math.floor(next() * choices.length)]!;
    for (let i = 0; i < SETTINGS_CASES; i++) {
      const settings = settingsFile(pick, next);
      const answer = await answered(() => engine.check({ 'mysite/settings.py': settings }), `settings case ${i} (seed ${SEED}):\n${settings}`);
      if (answer !== 'stopped') expect(Array.isArray((answer as CheckResult).messages), `settings case ${i}`).toBe(true);
    }
    expect(await engine.check(baseline)).toEqual(first);
  }, 600_000);

  it(`answers ${URLCONF_CASES} generated URLconfs through resolve and reverse, and the next run is as the first`, async () => {
    const next = random(SEED + 1);
    const pick: Pick = (choices) => choices[Math.floor(next() * choices.length)]!;
    const request = (files: ProjectFiles) => ({
      op: 'urls' as const,
      files: { 'mysite/__init__.py': '', 'mysite/views.py': VIEWS_MODULE, ...files },
      root_urlconf: 'mysite.urls',
      resolve: Array.from({ length: 4 }, () => pick(PATHS)),
      reverse: Array.from({ length: 3 }, () => pick(REVERSES)),
    });
    const plain = { 'mysite/urls.py': 'from django.urls import path\nfrom . import views\n\nurlpatterns = [path("", views.home, name="home")]\n' };
    const fixed = { ...request(plain), resolve: ['/', '/nope/'], reverse: [{ viewname: 'home' }] };
    const first = await engine.client.call(fixed);
    for (let i = 0; i < URLCONF_CASES; i++) {
      const files = { 'mysite/urls.py': urlconf(pick, next), 'mysite/more.py': urlconf(pick, next) };
      const call = request(files);
      const answer = await answered(() => engine.client.call(call), `URLconf case ${i} (seed ${SEED}):\n${JSON.stringify(call, null, 1)}`);
      if (answer !== 'stopped') {
        expect((answer as UrlsAnswer).resolve, `URLconf case ${i}`).toHaveLength(call.resolve.length);
        expect((answer as UrlsAnswer).reverse, `URLconf case ${i}`).toHaveLength(call.reverse.length);
      }
    }
    expect(await engine.client.call(fixed)).toEqual(first);
  }, 600_000);
});
