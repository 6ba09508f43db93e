/**
 * The course's own checks (course.*): what the deployment chapters teach and Django cannot see.
 * Each message says why it matters and which chapter teaches the fix.
 */
import { describe, expect, it } from 'vitest';
import type { CheckMessage, CheckResult } from '../../src/engine/protocol';
import { useEngine } from '../support/engine';

const engine = useEngine({ timeLimitMs: 20_000 });

const KEY = 'r8#Lq!2vZ@k5^wN9&xT4*pC7(mB1)hG6-jD3=sF0_yK%eU+aQ~';
const ENV = { DJANGO_SECRET_KEY: KEY };

const GOOD = `import os
from pathlib import Path
BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG", "") == "True"
ALLOWED_HOSTS = ["mysite.example.com"]
INSTALLED_APPS = ["django.contrib.staticfiles"]
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
]
STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "PASSWORD": os.environ.get("DB_PASSWORD", "")}}
SECURE_SSL_REDIRECT = True
`;

const run = (extra: string, options: Record<string, unknown> = {}) =>
  engine.check({ 'mysite/settings.py': GOOD + extra, 'static/site.css': '' }, { env: ENV, installed: ['whitenoise'], ...options });
const course = (result: CheckResult): CheckMessage[] => result.messages.filter((m) => m.id.startsWith('course.'));
const courseIds = (result: CheckResult) => course(result).map((m) => m.id).sort();

it('a production-ready settings file gets no course message', async () => {
  const result = await run('');
  expect(result.error).toBeNull();
  expect(courseIds(result)).toEqual([]);
});

it('every course message has a course.* id, a why and a chapter, and never a Django id', async () => {
  const result = await run('SECRET_KEY = "abc"\nDEBUG = os.environ.get("DEBUG")\nALLOWED_HOSTS = ["*"]\n');
  expect(course(result).length).toBeGreaterThanOrEqual(3);
  for (const message of course(result)) {
    expect(message.id).toMatch(/^course\.[EW]\d{3}$/);
    expect(message.why!.length).toBeGreaterThan(40);
    expect(['deployment-settings', 'static-files', 'secret-key-and-env', 'securing-the-server', 'load-balancing-with-nginx', 'caching', 'production-checklist']).toContain(message.chapter);
  }
});

it('course: false leaves only what Django says', async () => {
  const result = await run('ALLOWED_HOSTS = ["*"]\n', { course: false });
  expect(courseIds(result)).toEqual([]);
});

it('SILENCED_SYSTEM_CHECKS silences a course check as it does a Django one', async () => {
  const result = await run('ALLOWED_HOSTS = ["*"]\nSILENCED_SYSTEM_CHECKS = ["course.W006"]\n');
  expect(courseIds(result)).toEqual([]);
});

describe('secrets in the source (secret-key-and-env)', () => {
  it('SECRET_KEY written as a literal is reported even when the key is strong', async () => {
    const result = await run(`SECRET_KEY = ${JSON.stringify(KEY)}\n`);
    expect(courseIds(result)).toEqual(['course.W001']);
    expect(course(result)[0]?.location).toMatchObject({ line: 17 });
    expect(course(result)[0]?.chapter).toBe('secret-key-and-env');
  });

  it('a SECRET_KEY that falls back to a literal default is reported', async () => {
    const result = await run('SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "dev-secret-key")\n');
    expect(courseIds(result)).toEqual(['course.W002']);
  });

  it('a database PASSWORD written in the file is reported at that key', async () => {
    const result = await run('DATABASES = {\n    "default": {\n        "ENGINE": "django.db.backends.postgresql",\n        "PASSWORD": "hunter2",\n    }\n}\n');
    expect(courseIds(result)).toEqual(['course.W003']);
    expect(course(result)[0]?.location).toMatchObject({ line: 20, col: 9 });
  });

  it('a database URL with a password written as a default is reported', async () => {
    const result = await run(
      'import environ\nenv = environ.Env()\nDATABASES = {"default": env.db("DATABASE_URL", default="postgres://me:hunter2@db/mysite")}\n',
      { installed: ['whitenoise', 'django-environ'] },
    );
    expect(courseIds(result)).toEqual(['course.W003']);
  });
});

describe('DEBUG and ALLOWED_HOSTS (deployment-settings)', () => {
  it("DEBUG read with os.environ.get is reported: the string 'False' is true", async () => {
    const result = await engine.check(
      { 'mysite/settings.py': 'import os\nSECRET_KEY = "x"\nDEBUG = os.environ.get("DJANGO_DEBUG", False)\n' },
      { env: { DJANGO_DEBUG: 'False' }, deploy: false },
    );
    expect(courseIds(result)).toEqual(['course.W004']);
  });

  it('DEBUG read with os.getenv is reported even when the variable is unset', async () => {
    const result = await run('DEBUG = os.getenv("DJANGO_DEBUG")\n');
    expect(courseIds(result)).toEqual(['course.W004']);
  });

  it('DEBUG = bool(os.environ.get(...)) is reported', async () => {
    const result = await run('DEBUG = bool(os.environ.get("DJANGO_DEBUG"))\n');
    expect(courseIds(result)).toEqual(['course.W005']);
  });

  // Chapter 3 calls `== "True"` fragile (DJANGO_DEBUG=true leaves debug off by a case difference)
  // and teaches the line below: the hints must suggest that line, and the line must pass.
  const SAFE_DEBUG = 'DEBUG = os.environ.get("DJANGO_DEBUG", "").lower() in {"1", "true", "yes"}';
  it.each([
    ['course.W004', 'DEBUG = os.environ.get("DJANGO_DEBUG", False)\n'],
    ['course.W005', 'DEBUG = bool(os.environ.get("DJANGO_DEBUG"))\n'],
  ])('the %s hint suggests the line chapter 3 teaches, which passes', async (id, line) => {
    const [message] = course(await run(line));
    expect(message?.id).toBe(id);
    expect(message?.hint).toContain(SAFE_DEBUG);
    expect(message?.hint).not.toContain('== "True"');
    for (const [value, on] of [['False', false], ['0', false], ['', false], ['true', true], ['1', true]] as const) {
      const result = await run(`${SAFE_DEBUG}\n`, { env: { ...ENV, DJANGO_DEBUG: value } });
      expect(courseIds(result), `DJANGO_DEBUG=${value}`).toEqual([]);
      expect(result.messages.some((m) => m.id === 'security.W018'), `DJANGO_DEBUG=${value}`).toBe(on);
    }
  });

  it("ALLOWED_HOSTS = ['*'] is reported, underlining the '*'", async () => {
    const result = await run('ALLOWED_HOSTS = ["mysite.example.com", "*"]\n');
    expect(courseIds(result)).toEqual(['course.W006']);
    expect(course(result)[0]?.location).toMatchObject({ line: 17, col: 40, endCol: 43 });
  });
});

describe('static files (static-files)', () => {
  it('STATIC_ROOT inside a STATICFILES_DIRS folder is reported', async () => {
    const result = await run('STATIC_ROOT = BASE_DIR / "static" / "collected"\n');
    expect(courseIds(result)).toEqual(['course.E001']);
  });

  it('STATIC_ROOT equal to a STATICFILES_DIRS folder is left to Django (staticfiles.E002)', async () => {
    const result = await run('STATIC_ROOT = BASE_DIR / "static"\n');
    expect(result.messages.map((m) => m.id)).toContain('staticfiles.E002');
    expect(courseIds(result)).toEqual([]);
  });

  it('WhiteNoise below another middleware is reported at its entry', async () => {
    const result = await run('MIDDLEWARE = [\n    "django.middleware.security.SecurityMiddleware",\n    "django.middleware.common.CommonMiddleware",\n    "whitenoise.middleware.WhiteNoiseMiddleware",\n]\n');
    expect(courseIds(result)).toEqual(['course.W007']);
    expect(course(result)[0]?.location).toMatchObject({ line: 20 });
  });
});

describe('HTTPS behind a proxy (load-balancing-with-nginx)', () => {
  it('SECURE_SSL_REDIRECT behind a TLS-terminating proxy without SECURE_PROXY_SSL_HEADER is reported', async () => {
    const result = await run('', { behind_proxy: true });
    expect(courseIds(result)).toEqual(['course.W008']);
    expect(course(result)[0]?.chapter).toBe('load-balancing-with-nginx');
  });

  it('with SECURE_PROXY_SSL_HEADER set, nothing is reported', async () => {
    const result = await run('SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")\n', { behind_proxy: true });
    expect(courseIds(result)).toEqual([]);
  });

  it('USE_X_FORWARDED_HOST = True counts as being behind a proxy when the run does not say', async () => {
    const result = await run('USE_X_FORWARDED_HOST = True\n');
    expect(courseIds(result)).toEqual(['course.W008']);
    const saysNo = await run('USE_X_FORWARDED_HOST = True\n', { behind_proxy: false });
    expect(courseIds(saysNo)).toEqual([]);
  });
});
