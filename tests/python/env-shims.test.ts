/**
 * .env files reach the settings only through the loaders people use (python-dotenv,
 * django-environ), and only when the run counts them as installed; WhiteNoise's modules import.
 */
import { describe, expect, it } from 'vitest';
import { useEngine } from '../support/engine';

const engine = useEngine({ timeLimitMs: 20_000 });

/** Run settings that write what they read into VALUES, and return it (via an error message). */
async function values(settings: string, files: Record<string, string> = {}, options: Record<string, unknown> = {}) {
  const source = `${settings}\nimport json as _json\nraise Exception(_json.dumps(VALUES))\n`;
  const result = await engine.check(
    { 'mysite/settings.py': source, ...files },
    { installed: ['python-dotenv', 'django-environ', 'whitenoise'], ...options },
  );
  if (result.error?.type !== 'Exception') throw new Error(`settings failed: ${JSON.stringify(result.error)}`);
  return JSON.parse(result.error.message) as Record<string, unknown>;
}

const DOTENV = `# a comment
export SECRET='abc#def'   # single quotes keep # and spaces
PLAIN=value with spaces   # an inline comment
DOUBLE="line\\nbreak"
EMPTY=
BASE=/srv
URL=\${BASE}/media
DEBUG=False
`;

describe('python-dotenv', () => {
  it('load_dotenv() finds .env above the settings folder and parses it as python-dotenv does', async () => {
    const got = await values(
      'import os\nfrom dotenv import load_dotenv\nLOADED = load_dotenv()\nVALUES = {k: os.environ.get(k) for k in ["SECRET", "PLAIN", "DOUBLE", "EMPTY", "URL", "DEBUG"]}\nVALUES["loaded"] = LOADED',
      { '.env': DOTENV },
    );
    expect(got).toEqual({
      SECRET: 'abc#def',
      PLAIN: 'value with spaces',
      DOUBLE: 'line\nbreak',
      EMPTY: '',
      URL: '/srv/media',
      DEBUG: 'False',
      loaded: true,
    });
  });

  it('variables already in the environment win unless override=True', async () => {
    const settings = 'import os\nfrom dotenv import load_dotenv\nload_dotenv()\nA = os.environ["DEBUG"]\nload_dotenv(override=True)\nVALUES = {"first": A, "then": os.environ["DEBUG"]}';
    expect(await values(settings, { '.env': DOTENV }, { env: { DEBUG: 'True' } })).toEqual({ first: 'True', then: 'False' });
  });

  it('without a .env file, load_dotenv() returns False and the variable stays unset', async () => {
    const got = await values('import os\nfrom dotenv import load_dotenv\nVALUES = {"loaded": load_dotenv(), "secret": os.environ.get("SECRET")}');
    expect(got).toEqual({ loaded: false, secret: null });
  });

  it('dotenv_values() reads without touching os.environ; find_dotenv() gives the path', async () => {
    const got = await values(
      'import os\nfrom dotenv import dotenv_values, find_dotenv\nVALUES = {"values": dotenv_values()["PLAIN"], "env": os.environ.get("PLAIN"), "path": find_dotenv()}',
      { '.env': DOTENV },
    );
    expect(got).toEqual({ values: 'value with spaces', env: null, path: expect.stringMatching(/\/project\/\.env$/) });
  });

  it('a .env file that nothing loads is not in os.environ, as in real life', async () => {
    const result = await engine.check({ 'mysite/settings.py': 'import os\nSECRET_KEY = os.environ["SECRET"]\n', '.env': DOTENV });
    expect(result.error).toMatchObject({ type: 'KeyError', message: "'SECRET'" });
  });

  // The same file as the recorded case shims-dotenv-windows-file (tools/oracle/thirdparty), through the engine.
  it('a .env saved on Windows (CRLF, a BOM) loads the same, and a broken line does not stop the others', async () => {
    const got = await values(
      'import os\nfrom dotenv import load_dotenv\nload_dotenv()\nVALUES = {k: os.environ.get(k) for k in ["SECRET", "DEBUG", "AFTER"]}',
      { '.env': '\ufeffSECRET=abc\r\nDEBUG="False" junk\r\nAFTER=yes\r\n' },
    );
    expect(got).toEqual({ SECRET: 'abc', DEBUG: null, AFTER: 'yes' });
  });

  it('dotenv cannot be imported unless the run installs python-dotenv', async () => {
    const result = await engine.check({ 'mysite/settings.py': 'from dotenv import load_dotenv\n' });
    expect(result.error).toMatchObject({ type: 'ModuleNotFoundError', message: "No module named 'dotenv'", line: 1 });
    expect(result.error!.explanation).toMatch(/python-dotenv/);
  });
});

describe('django-environ', () => {
  const ENV_FILE = 'DEBUG=off\nHOSTS=a.example.com,b.example.com\nPORT=5432\nDATABASE_URL=postgres://me:p%40ss@db.example.com:5432/mysite?sslmode=require\n';

  it('Env casts by its scheme and by method, and read_env() reads a given .env', async () => {
    const settings = `import environ
from pathlib import Path
env = environ.Env(DEBUG=(bool, True), MISSING_FLAG=(bool, False))
environ.Env.read_env(Path(__file__).resolve().parent.parent / ".env")
VALUES = {"debug": env("DEBUG"), "flag": env("MISSING_FLAG"), "hosts": env.list("HOSTS"), "port": env.int("PORT"),
          "default": env.str("NOPE", default="fallback")}`;
    expect(await values(settings, { '.env': ENV_FILE })).toEqual({
      debug: false, flag: false, hosts: ['a.example.com', 'b.example.com'], port: 5432, default: 'fallback',
    });
  });

  it("env.db() turns DATABASE_URL into Django's DATABASES entry", async () => {
    const settings = 'import environ, os\nenviron.Env.read_env(os.path.join(os.path.dirname(os.path.dirname(__file__)), ".env"))\nVALUES = environ.Env().db()';
    expect(await values(settings, { '.env': ENV_FILE })).toEqual({
      NAME: 'mysite', USER: 'me', PASSWORD: 'p@ss', HOST: 'db.example.com', PORT: 5432,
      OPTIONS: { sslmode: 'require' }, ENGINE: 'django.db.backends.postgresql',
    });
  });

  it('mysql:// and sqlite:/// URLs parse too', async () => {
    const settings = 'import environ\nVALUES = {"mysql": environ.Env.db_url_config("mysql://u:p@h:3306/d"), "sqlite": environ.Env.db_url_config("sqlite:////srv/db.sqlite3")}';
    const got = await values(settings);
    expect(got.mysql).toMatchObject({ ENGINE: 'django.db.backends.mysql', NAME: 'd', USER: 'u', PASSWORD: 'p', HOST: 'h', PORT: 3306 });
    expect(got.sqlite).toMatchObject({ ENGINE: 'django.db.backends.sqlite3', NAME: '/srv/db.sqlite3' });
  });

  it('read_env() without a path reads the .env beside the calling file, not above it', async () => {
    const settings = 'import environ, os\nenviron.Env.read_env()\nVALUES = {"port": os.environ.get("PORT")}';
    expect(await values(settings, { '.env': ENV_FILE })).toEqual({ port: null });
    expect(await values(settings, { 'mysite/.env': ENV_FILE })).toEqual({ port: '5432' });
  });

  it('a missing variable without a default is ImproperlyConfigured "Set the X environment variable"', async () => {
    const result = await engine.check(
      { 'mysite/settings.py': 'import environ\nenv = environ.Env()\nSECRET_KEY = env("DJANGO_SECRET_KEY")\n' },
      { installed: ['django-environ'] },
    );
    expect(result.error).toMatchObject({
      type: 'ImproperlyConfigured', message: 'Set the DJANGO_SECRET_KEY environment variable', file: 'mysite/settings.py', line: 3,
    });
    expect(result.error!.explanation).toMatch(/env\("DJANGO_SECRET_KEY"\)/);
  });
});

describe('WhiteNoise', () => {
  it('its middleware, storage and runserver_nostatic app import when installed', async () => {
    const result = await engine.check(
      {
        'mysite/settings.py': 'SECRET_KEY = "x"\nINSTALLED_APPS = ["whitenoise.runserver_nostatic", "django.contrib.staticfiles"]\nfrom whitenoise.middleware import WhiteNoiseMiddleware\nfrom whitenoise.storage import CompressedManifestStaticFilesStorage\n',
      },
      { installed: ['whitenoise'] },
    );
    expect(result.error).toBeNull();
  });

  it('listing whitenoise in INSTALLED_APPS fails as in real Django when it is not installed', async () => {
    const result = await engine.check({ 'mysite/settings.py': 'SECRET_KEY = "x"\nINSTALLED_APPS = ["whitenoise.runserver_nostatic"]\n' });
    expect(result.error).toMatchObject({ type: 'ModuleNotFoundError', message: "No module named 'whitenoise'", file: null });
    expect(result.error!.explanation).toMatch(/third-party package \(whitenoise\)/);
  });
});

describe('installed packages between runs', () => {
  const WHITENOISE = 'SECRET_KEY = "x"\nimport whitenoise.middleware\n';

  it('a package installed for one run cannot be imported by the next run that does not install it', async () => {
    expect((await engine.check({ 'mysite/settings.py': WHITENOISE }, { installed: ['whitenoise'] })).error).toBeNull();
    const without = await engine.check({ 'mysite/settings.py': WHITENOISE });
    expect(without.error).toMatchObject({ type: 'ModuleNotFoundError', message: "No module named 'whitenoise'" });
    expect((await engine.check({ 'mysite/settings.py': WHITENOISE }, { installed: ['whitenoise'] })).error).toBeNull();
  });

  it("a project file named like an installed package is the module the project imports, as Python's path order says", async () => {
    const settings = 'SECRET_KEY = "x"\nimport environ\nVALUE = getattr(environ, "MINE", "the package")\nraise Exception(VALUE)\n';
    const options = { installed: ['django-environ'] };
    expect((await engine.check({ 'mysite/settings.py': settings }, options)).error?.message).toBe('the package');
    expect((await engine.check({ 'mysite/settings.py': settings, 'environ.py': 'MINE = "the project"\n' }, options)).error?.message).toBe('the project');
    expect((await engine.check({ 'mysite/settings.py': settings }, options)).error?.message).toBe('the package');
  });

  it("what one run changes in an installed package's module is put back for the next", async () => {
    const options = { installed: ['whitenoise'] };
    const probe = 'SECRET_KEY = "x"\nimport whitenoise\nraise Exception(whitenoise.__version__)\n';
    const version = (await engine.check({ 'mysite/settings.py': probe }, options)).error?.message;
    await engine.check({ 'mysite/settings.py': 'SECRET_KEY = "x"\nimport whitenoise\nwhitenoise.__version__ = "broken"\n' }, options);
    expect((await engine.check({ 'mysite/settings.py': probe }, options)).error?.message).toBe(version);
    await engine.check({ 'mysite/settings.py': probe });  // the package leaves: the next run imports it afresh
    await engine.check({ 'mysite/settings.py': 'SECRET_KEY = "x"\nimport whitenoise\nwhitenoise.__version__ = "broken"\n' }, options);
    expect((await engine.check({ 'mysite/settings.py': probe }, options)).error?.message).toBe(version);
  });
});
