/**
 * The WhiteNoise shim against WhiteNoise's documentation (docs/django.rst, docs/base.rst): the names a
 * settings file and a wsgi.py use import and take the documented arguments and settings (serving
 * files: tests/python/django/middleware-headers/whitenoise.test.ts). A failure is a project written
 * from WhiteNoise's docs that would not even start in the playground.
 */
import { describe, expect, it } from 'vitest';
import { usePython } from '../support/python';

const python = usePython({ installed: ['python-dotenv', 'django-environ', 'whitenoise'] });
const run = (code: string, files: Record<string, string> = {}) => python.run(code, files, {}, ['whitenoise']);

describe('WhiteNoise', () => {
  it('WhiteNoise(application, root=..., prefix=...) wraps a WSGI application and passes requests on', () => {
    const code = `from whitenoise import WhiteNoise
def app(environ, start_response):
    start_response("200 OK", [])
    return [b"from the app"]
wrapped = WhiteNoise(app, root="/srv/static", prefix="static/", max_age=3600, autorefresh=True)
wrapped.add_files("/srv/more", prefix="more-files/")
wrapped.add_files("/srv/root")
status = []
body = wrapped({"PATH_INFO": "/page/", "REQUEST_METHOD": "GET"}, lambda s, h: status.append(s))
result = [body[0].decode(), status, wrapped.max_age, wrapped.autorefresh, wrapped.allow_all_origins, wrapped.directories]`;
    // With autorefresh, the folders are looked in for each request, the last added first.
    expect(run(code)).toEqual([
      'from the app', ['200 OK'], 3600, true, true,
      [['/srv/root/', '/'], ['/srv/more/', '/more-files/'], ['/srv/static/', '/static/']],
    ]);
  });

  it('an option WhiteNoise does not have is a TypeError, as for any Python function', () => {
    expect(run('from whitenoise import WhiteNoise\nresult = WhiteNoise(None, maxage=1)')).toMatchObject({ raised: 'TypeError' });
  });

  it('WhiteNoiseMiddleware takes its options from WHITENOISE_* settings, with DEBUG-dependent defaults', () => {
    const code = `import warnings
from django.conf import settings
settings.configure(DEBUG=False, STATIC_URL="https://cdn.example.com/static/", STATIC_ROOT="/srv/staticfiles",
                   WHITENOISE_ROOT="/srv/root-files", WHITENOISE_MAX_AGE=600)
from whitenoise.middleware import WhiteNoiseMiddleware
from django.http import HttpRequest
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    middleware = WhiteNoiseMiddleware(lambda request: "response")
request = HttpRequest()
request.path_info = "/static/site.css"
result = [middleware(request), middleware.max_age, middleware.autorefresh, middleware.use_finders, middleware.index_file,
          middleware.static_prefix, [str(w.message) for w in caught]]`;
    // Folders that do not exist serve nothing, with a warning at start-up, as in WhiteNoise.
    expect(run(code)).toEqual([
      'response', 600, false, false, null, '/static/', ['No directory at: /srv/staticfiles/', 'No directory at: /srv/root-files/'],
    ]);
  });

  it('with DEBUG on, autorefresh and finders are on and max_age is 0; FORCE_SCRIPT_NAME leaves the prefix', () => {
    const code = `from django.conf import settings
settings.configure(DEBUG=True, FORCE_SCRIPT_NAME="/my-app", STATIC_URL="/my-app/static/")
from whitenoise.middleware import WhiteNoiseMiddleware
m = WhiteNoiseMiddleware(lambda request: None)
result = [m.autorefresh, m.use_finders, m.max_age, m.static_prefix]`;
    expect(run(code)).toEqual([true, true, 0, '/static/']);
  });

  // Without STATIC_ROOT the manifest storage raises ImproperlyConfigured on creation, as in Django (it reads its manifest).
  it('the storages STORAGES names import; WHITENOISE_MANIFEST_STRICT sets manifest_strict', () => {
    const code = `from django.conf import settings
settings.configure(WHITENOISE_MANIFEST_STRICT=False, STATIC_URL="static/", STATIC_ROOT="/srv/static")
from whitenoise.storage import CompressedManifestStaticFilesStorage, CompressedStaticFilesStorage, MissingFileError
result = [CompressedManifestStaticFilesStorage().manifest_strict, type(CompressedStaticFilesStorage()).__name__,
          issubclass(MissingFileError, ValueError)]`;
    expect(run(code)).toEqual([false, 'CompressedStaticFilesStorage', true]);
  });

  it('whitenoise.runserver_nostatic is an importable app', () => {
    const code = `from django.conf import settings
settings.configure(INSTALLED_APPS=["whitenoise.runserver_nostatic", "django.contrib.staticfiles"])
import django
django.setup()
from django.apps import apps
result = [config.name for config in apps.get_app_configs()]`;
    expect(run(code)).toEqual(['whitenoise.runserver_nostatic', 'django.contrib.staticfiles']);
  });
});
