/**
 * The core of the mini Django (settings, apps, the check framework) beyond what the recorded
 * cases pin down: that each finding knows which setting (and entry) it is about, so the editor
 * marks the right line; that a project is a new process (nothing one project registers,
 * configures or fills in is seen by the next); and the gaps the issue names (E026 at Django's
 * path, str() of a message without an ORM, async.E001 only with --deploy).
 */
import { describe, expect, it } from 'vitest';
import type { CheckResult, ProjectFiles } from '../../../src/engine/protocol';
import { useEngine } from '../../support/engine';
import { usePython } from '../../support/python';

const python = usePython();
const engine = useEngine();

const STRONG_KEY = 'r8#Lq!2vZ@k5^wN9&xT4*pC7(mB1)hG6-jD3=sF0_yK%eU+aQ~';

function settingsFile(extra: string): ProjectFiles {
  return {
    'mysite/__init__.py': '',
    'mysite/settings.py': `SECRET_KEY = ${JSON.stringify(STRONG_KEY)}\nINSTALLED_APPS = ["django.contrib.staticfiles"]\nSTATIC_URL = "static/"\n${extra}\n`,
  };
}

/** manage.py check run in the project; each message as [id, setting, index, key]. */
function whereAbout(files: ProjectFiles, deploy = false, env: Record<string, string> = {}) {
  return python.run(
    `from minidjango import manage
result = sorted([m.id, m.setting, m.index, m.key if not isinstance(m.key, tuple) else list(m.key)] for m in manage.check("mysite.settings", ${deploy ? 'True' : 'False'}))`,
    files,
    env,
  ) as [string, string | null, number | null, unknown][];
}

const djangoMessages = (result: CheckResult) => result.messages.filter((m) => !m.id.startsWith('course.'));

describe('findings know where they are', () => {
  it('every message constant of the core checks declares its setting (the editor needs no table of ids)', () => {
    const missing = python.run(`
import importlib
from django.core.checks import CheckMessage
modules = ["django.core.checks.security.base", "django.core.checks.security.csrf", "django.core.checks.security.sessions",
           "django.core.checks.caches", "django.core.checks.compatibility.django_4_0", "django.core.checks.files",
           "django.core.checks.translation", "django.contrib.staticfiles.checks", "django.contrib.staticfiles.finders",
           "django.contrib.auth.checks"]
result = []
# type(), not isinstance(): a module holds the lazy settings object, which would set itself up
for name in modules:
    for attribute, value in vars(importlib.import_module(name)).items():
        if issubclass(type(value), CheckMessage) and value.setting is None and value.id != "security.E026":
            result.append(f"{name}.{attribute}")
`);
    expect(missing).toEqual([]);
  });

  it('says which CSP setting security.E026 is about, and marks that line', async () => {
    const files = settingsFile('SECURE_CSP = None\nSECURE_CSP_REPORT_ONLY = "default-src \'self\'"');
    expect(whereAbout(files)).toEqual([['security.E026', 'SECURE_CSP_REPORT_ONLY', null, null]]);
    const result = await engine.check(files, { deploy: false });
    const lines = files['mysite/settings.py']!.split('\n');
    expect(djangoMessages(result)[0]!.location).toMatchObject({ line: lines.findIndex((l) => l.startsWith('SECURE_CSP_REPORT_ONLY')) + 1 });
  });

  it('points each new check of the core at its setting: files, translation, caches, origins, folders', () => {
    const files = settingsFile(`FILE_UPLOAD_TEMP_DIR = "/nowhere"
LANGUAGE_CODE = "xx_YY"
LANGUAGES = [("en", "English"), ("e n", "Broken")]
LANGUAGES_BIDI = ["he", "x_y"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": "cache"}}
CSRF_TRUSTED_ORIGINS = ["https://ok.example.com", "bad.example.com"]
STATICFILES_DIRS = ["missing"]`);
    expect(whereAbout(files)).toEqual([
      ['4_0.E001', 'CSRF_TRUSTED_ORIGINS', 1, null],
      ['caches.W003', 'CACHES', null, 'default'],
      ['files.E001', 'FILE_UPLOAD_TEMP_DIR', null, null],
      ['staticfiles.W004', 'STATICFILES_DIRS', 0, null],
      ['translation.E001', 'LANGUAGE_CODE', null, null],
      ['translation.E002', 'LANGUAGES', null, null],
      ['translation.E003', 'LANGUAGES_BIDI', null, null],
      ['translation.E004', 'LANGUAGE_CODE', null, null],
    ]);
  });

  it('points auth.E013 at the LoginRequiredMiddleware entry that comes too early', () => {
    const files = settingsFile(`INSTALLED_APPS += ["django.contrib.auth", "django.contrib.contenttypes"]
MIDDLEWARE = ["django.middleware.common.CommonMiddleware", "django.contrib.auth.middleware.LoginRequiredMiddleware", "django.contrib.auth.middleware.AuthenticationMiddleware"]`);
    expect(whereAbout(files)).toEqual([['auth.E013', 'MIDDLEWARE', 1, null]]);
  });

  it('points a bad entry of SECURE_REFERRER_POLICY given as a list at that entry', () => {
    const files = settingsFile(
      'MIDDLEWARE = ["django.middleware.security.SecurityMiddleware"]\nSECURE_REFERRER_POLICY = ["same-origin", "nope"]',
    );
    expect(whereAbout(files, true).filter(([id]) => id === 'security.E023')).toEqual([['security.E023', 'SECURE_REFERRER_POLICY', 1, null]]);
  });
});

describe('the gaps real Django showed', () => {
  it("imports the CSP check from Django's module path, security/base.py", () => {
    expect(python.run('from django.core.checks.security.base import E026, check_csp_settings\nresult = [E026.id, check_csp_settings.__module__]')).toEqual([
      'security.E026',
      'django.core.checks.security.base',
    ]);
  });

  it('prints a check message about an object that is not a model', () => {
    expect(python.run('from django.core.checks import Error\nresult = str(Error("Broken.", obj=object, id="x.E001", hint="Fix it."))')).toBe(
      "<class 'object'>: (x.E001) Broken.\n\tHINT: Fix it.",
    );
  });

  it('reports DJANGO_ALLOW_ASYNC_UNSAFE only for check --deploy (async.E001)', () => {
    const files = settingsFile('');
    const env = { DJANGO_ALLOW_ASYNC_UNSAFE: 'true' };
    expect(whereAbout(files, false, env).map(([id]) => id)).not.toContain('async.E001');
    expect(whereAbout(files, true, env).filter(([id]) => id === 'async.E001')).toEqual([['async.E001', null, null, null]]);
  });

  it('stops at setup when AUTH_USER_MODEL names a model no installed app has, with Django\'s words', async () => {
    const result = await engine.check(
      settingsFile('INSTALLED_APPS = ["django.contrib.auth", "django.contrib.contenttypes"]\nAUTH_USER_MODEL = "accounts.User"'),
    );
    expect(result.error).toMatchObject({
      type: 'ImproperlyConfigured',
      message: "AUTH_USER_MODEL refers to model 'accounts.User' that has not been installed",
    });
  });
});

describe('each project is a new process', () => {
  it("forgets a check that an app's ready() registered: the next project does not run it", async () => {
    const withApp = {
      ...settingsFile('INSTALLED_APPS = ["watch"]'),
      'watch/__init__.py': '',
      'watch/apps.py': `from django.apps import AppConfig
from django.core import checks

def always(app_configs, **kwargs):
    return [checks.Warning("Registered by an app.", id="watch.W001")]

class WatchConfig(AppConfig):
    name = "watch"

    def ready(self):
        checks.register(always)
`,
    };
    expect(djangoMessages(await engine.check(withApp, { deploy: false })).map((m) => m.id)).toEqual(['watch.W001']);
    expect(djangoMessages(await engine.check(settingsFile(''), { deploy: false }))).toEqual([]);
  });

  it("does not let a project's changes to Django's defaults reach the next (DATABASES is filled in when read)", () => {
    python.run('from django.conf import settings\nsettings.configure()\nfrom django.db import connections\nresult = list(connections)');
    expect(python.run('from django.conf import global_settings\nresult = [global_settings.DATABASES, global_settings.MIDDLEWARE]')).toEqual([{}, []]);
  });

  it('gives each project its own settings, apps and caches', () => {
    const first = python.run(
      'from django.conf import settings\nsettings.configure(INSTALLED_APPS=["django.contrib.staticfiles"], CACHES={"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}})\nimport django\ndjango.setup()\nfrom django.core.cache import caches\nresult = type(caches["default"]).__name__',
    );
    const second = python.run(
      'from django.conf import settings\nfrom django.apps import apps\nresult = [settings.configured, apps.ready]\nsettings.configure()\nimport django\ndjango.setup()\nfrom django.core.cache import caches\nresult += [type(caches["default"]).__name__, [c.label for c in apps.get_app_configs()]]',
    );
    expect([first, second]).toEqual(['DummyCache', [false, false, 'LocMemCache', []]]);
  });
});
