/**
 * The settings checks (security.*, staticfiles.*, caches.*, 4_0.*) beyond what the conformance
 * corpus pins down: what a second run remembers of the first, silencing, relative paths, and
 * which setting (and entry) each message says it is about.
 */
import { describe, expect, it } from 'vitest';
import type { CheckResult, ProjectFiles } from '../../src/engine/protocol';
import { useEngine } from '../support/engine';

const STRONG_KEY = 'r8#Lq!2vZ@k5^wN9&xT4*pC7(mB1)hG6-jD3=sF0_yK%eU+aQ~';

/** A settings module that passes every deployment check; `extra` is appended to it. */
function settings(extra = '', apps = ['django.contrib.staticfiles']): ProjectFiles {
  return {
    'mysite/settings.py': `from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = ${JSON.stringify(STRONG_KEY)}
DEBUG = False
ALLOWED_HOSTS = ["mysite.example.com"]
INSTALLED_APPS = ${JSON.stringify(apps)}
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]
SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
STATIC_URL = "static/"
${extra}
`,
  };
}

/** Django's own messages (the course adds course.* ones, not what these tests are about). */
const django = (result: CheckResult) => result.messages.filter((message) => !message.id.startsWith('course.'));
const ids = (result: CheckResult) => django(result).map((message) => message.id).sort();
const texts = (result: CheckResult) => django(result).map((message) => message.msg);

/** No error and no message from Django. */
function expectClean(result: CheckResult) {
  expect(result.error).toBeNull();
  expect(ids(result)).toEqual([]);
}

/**
 * What each reported message says it is about (`CheckMessage.about()`): the setting, and the
 * entry (index or key). Read through an exercise goal, which runs inside the same project, until
 * the editor's locations show it directly.
 */
async function aboutOf(engine: ReturnType<typeof useEngine>, files: ProjectFiles, id: string) {
  const answer = await engine.client.call({
    op: 'exercise',
    files: { 'mysite/__init__.py': '', ...files },
    settings_module: 'mysite.settings',
    deploy: true,
    checks: `
import json
from minidjango.exercises import goal

@goal("about")
def about(run):
    from django.core import checks
    found = [m for m in checks.run_checks(include_deployment_checks=True) if m.id == ${JSON.stringify(id)}]
    raise LookupError(json.dumps(sorted([m.setting, m.index, m.key] for m in found)))
`,
  });
  expect(answer.error).toBeNull();
  const problem = answer.goals[0]!.problem ?? '';
  return JSON.parse(problem.replace(/^LookupError: /, ''));
}

describe('settings checks', () => {
  const engine = useEngine();

  it('forgets staticfiles between runs: a project without the app gets no staticfiles.* warnings', async () => {
    const missingDir = 'STATICFILES_DIRS = [BASE_DIR / "static"]';
    const withApp = await engine.check(settings(missingDir));
    expect(ids(withApp)).toEqual(['staticfiles.W004']);

    expectClean(await engine.check(settings(missingDir, [])));
  });

  it('builds the staticfiles finder afresh on each run: a Path instead of a list fails after a good run too', async () => {
    expectClean(await engine.check({ ...settings('STATICFILES_DIRS = [BASE_DIR / "static"]'), 'static/a.css': '' }));
    // The missing trailing comma: Django's FileSystemFinder iterates the Path while it is built.
    // (Without --deploy, so that the cache check, which iterates it too, is not what fails.)
    const result = await engine.check(settings('STATICFILES_DIRS = (BASE_DIR / "static")'), { deploy: false });
    expect(result.error).toMatchObject({ type: 'TypeError', message: "'PosixPath' object is not iterable", file: null });
  });

  it('takes a relative STATICFILES_DIRS entry from the project folder and quotes it as written', async () => {
    const missing = await engine.check(settings('STATICFILES_DIRS = ["assets"]'));
    expect(texts(missing)).toEqual([
      "The directory 'assets' in the STATICFILES_DIRS setting does not exist.",
    ]);
    expectClean(await engine.check({ ...settings('STATICFILES_DIRS = ["assets"]'), 'assets/site.css': '' }));
  });

  it('reads CACHES afresh on each run: a cache from the previous project is not reported again', async () => {
    const fileCache = `CACHES = {"default": {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": "cache"}}`;
    expect(ids(await engine.check(settings(fileCache)))).toEqual(['caches.W003']);
    expectClean(await engine.check(settings()));
  });

  it('imports CSRF_FAILURE_VIEW afresh on each run: fixing the view clears security.E101', async () => {
    const view = (params: string) => ({
      ...settings('CSRF_FAILURE_VIEW = "mysite.views.csrf_failure"'),
      'mysite/views.py': `def csrf_failure(${params}):\n    pass\n`,
    });
    expect(ids(await engine.check(view('request')))).toEqual(['security.E101']);
    expectClean(await engine.check(view('request, reason=""')));
  });

  it('accepts a LOGGING setting with a console handler on every run, not only the first', async () => {
    const logging = `LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}`;
    // The first run imports logging.handlers; a later one must still find it on `logging`.
    for (let run = 0; run < 2; run++) expectClean(await engine.check(settings(logging)));
  });

  it('drops the messages named in SILENCED_SYSTEM_CHECKS and keeps the others', async () => {
    const result = await engine.check(
      settings('DEBUG = True\nALLOWED_HOSTS = []\nSILENCED_SYSTEM_CHECKS = ["security.W018"]'),
    );
    expect(ids(result)).toEqual(['security.W020']);
  });

  it('runs only the checks that are not deployment checks without --deploy', async () => {
    const result = await engine.check(
      settings('DEBUG = True\nSECURE_CSP = "default-src \'self\'"\nCSRF_TRUSTED_ORIGINS = ["example.com"]'),
      { deploy: false },
    );
    expect(ids(result)).toEqual(['4_0.E001', 'security.E026']);
  });

  it('reports an error in an installed app\'s admin.py when the admin is installed (autodiscovery)', async () => {
    const result = await engine.check({
      ...settings('', ['django.contrib.admin', 'django.contrib.auth', 'django.contrib.contenttypes', 'blog']),
      'blog/__init__.py': '',
      'blog/admin.py': 'from django.contrib import admin\n\nadmin.site.register(Post)\n',
    });
    expect(result.error).toMatchObject({ type: 'NameError', message: "name 'Post' is not defined", file: 'blog/admin.py', line: 3 });
  });

  it('says which setting a deployment warning is about (the editor marks that line)', async () => {
    expect(await aboutOf(engine, settings('DEBUG = True'), 'security.W018')).toEqual([['DEBUG', null, null]]);
    expect(await aboutOf(engine, settings('SECURE_HSTS_PRELOAD = 1'), 'security.W021')).toEqual([
      ['SECURE_HSTS_PRELOAD', null, null],
    ]);
  });

  it('says which entry of a list a message is about: the weak fallback key, the origin without a scheme', async () => {
    const fallbacks = `SECRET_KEY_FALLBACKS = [${JSON.stringify(STRONG_KEY)}, "changeme"]`;
    expect(await aboutOf(engine, settings(fallbacks), 'security.W025')).toEqual([['SECRET_KEY_FALLBACKS', 1, null]]);

    const origins = 'CSRF_TRUSTED_ORIGINS = ["https://a.example.com", "b.example.com", "c.example.com"]';
    expect(await aboutOf(engine, settings(origins), '4_0.E001')).toEqual([
      ['CSRF_TRUSTED_ORIGINS', 1, null],
      ['CSRF_TRUSTED_ORIGINS', 2, null],
    ]);

    const dirs = 'STATICFILES_DIRS = [BASE_DIR / "static", ("img/", BASE_DIR / "images")]';
    expect(await aboutOf(engine, { ...settings(dirs), 'static/a.css': '' }, 'staticfiles.W004')).toEqual([
      ['STATICFILES_DIRS', 1, null],
    ]);
  });

  it('marks the line of the weak fallback key, not the first line of the list', async () => {
    const files = settings(`SECRET_KEY_FALLBACKS = [\n    ${JSON.stringify(STRONG_KEY)},\n    "changeme",\n]`);
    const lines = files['mysite/settings.py']!.split('\n');
    const result = await engine.check(files);
    const [warning] = django(result).filter((message) => message.id === 'security.W025');
    expect(warning!.location).toMatchObject({ file: 'mysite/settings.py', line: lines.indexOf('    "changeme",') + 1 });
  });

  it('says which cache a cache warning is about', async () => {
    const caches = `CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "pages": {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": "cache/pages"},
}`;
    expect(await aboutOf(engine, settings(caches), 'caches.W003')).toEqual([['CACHES', null, 'pages']]);
  });
});
