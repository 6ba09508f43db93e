/**
 * The django-environ shim against django-environ's documentation (README, docs/types.rst,
 * docs/tips.rst, the changelog): django-environ is not in this machine's wheel index, so its
 * documented examples are the truth here. A failure is a settings file written from django-environ's
 * docs that would read its variables differently in the playground than on a server.
 */
import { describe, expect, it } from 'vitest';
import { usePython } from '../support/python';

const python = usePython({ installed: ['python-dotenv', 'django-environ', 'whitenoise'] });
const run = (code: string, files: Record<string, string> = {}, env: Record<string, string> = {}) =>
  python.run(code, files, env, ['django-environ']);

describe('environ.Env: casts, defaults and the scheme', () => {
  it('Env(DEBUG=(bool, False)) gives the cast and the default (README)', () => {
    const code = 'import environ\nenv = environ.Env(DEBUG=(bool, False), PORT=int)\nresult = [env("DEBUG"), env("PORT")]';
    expect(run(code, {}, { PORT: '8458' })).toEqual([false, 8458]);
    expect(run(code, {}, { DEBUG: 'on', PORT: '1' })).toEqual([true, 1]);
  });

  it('a missing variable without a default raises ImproperlyConfigured "Set the X environment variable"', () => {
    expect(run('import environ\nresult = environ.Env()("SECRET_KEY")')).toEqual({
      raised: 'ImproperlyConfigured', message: 'Set the SECRET_KEY environment variable',
    });
    expect(run('import environ\nenv = environ.Env()\nenv.prefix = "DJANGO_"\nresult = env("SECRET_KEY")')).toEqual({
      raised: 'ImproperlyConfigured', message: 'Set the DJANGO_SECRET_KEY environment variable',
    });
  });

  it('bool: numbers other than 0 and true/on/ok/y/yes are True, anything else False', () => {
    const words = ['1', '2', '-1', '0', 'true', 'True', 'on', 'ok', 'y', 'yes', ' yes ', 'off', 'no', 'false', 'False', ''];
    const code = `import environ, os\nenv = environ.Env()\nresult = {}\nfor word in ${JSON.stringify(words)}:\n    os.environ["FLAG"] = word\n    result[word] = env.bool("FLAG")`;
    expect(run(code)).toEqual({
      '1': true, '2': true, '-1': true, '0': false, true: true, True: true, on: true, ok: true, y: true, yes: true,
      ' yes ': true, off: false, no: false, false: false, False: false, '': false,
    });
  });

  it('str, int, float (comma and dot for thousands and decimals, negatives), json, bytes', () => {
    const env = { S: 'text', I: '42', F1: '33.3', F2: '33,3', F3: '1,000.5', F4: '1.000,5', F5: '-3.25', J: '{"a": [1, 2]}' };
    const code = `import environ\nenv = environ.Env()
result = [env.str("S"), env.int("I"), env.float("F1"), env.float("F2"), env.float("F3"), env.float("F4"), env.float("F5"),
          env.json("J"), env.bytes("S").decode(), env.bytes("NOPE", default=b"raw").decode()]`;
    expect(run(code, {}, env)).toEqual(['text', 42, 33.3, 33.3, 1000.5, 1000.5, -3.25, { a: [1, 2] }, 'text', 'raw']);
  });

  it('list and tuple split on commas, with an optional cast for each item (docs/types.rst)', () => {
    const env = { FOO: 'a,b,c', T: '(a,b,c)', N: '1,2,3', HOSTS: '' };
    const code = 'import environ\nenv = environ.Env()\nresult = [env.list("FOO"), list(env.tuple("T")), env.list("N", cast=int), list(env.tuple("N", cast=float)), env.list("HOSTS"), env.list("NOPE", default=[])]';
    expect(run(code, {}, env)).toEqual([['a', 'b', 'c'], ['a', 'b', 'c'], [1, 2, 3], [1, 2, 3], [], []]);
  });

  it('dict: key=val,foo=bar, and the k=v;k=v form with casts (docs/types.rst, tips)', () => {
    const code = `import environ\nenv = environ.Env()
result = [
    env.parse_value("key=val,foo=bar", dict),
    env.parse_value("key=val;foo=1.1;baz=True", dict(value=str, cast=dict(foo=float, baz=bool))),
    {k: list(v) for k, v in env.dict("SAML", cast={"value": tuple}, default={}).items()},
    env.dict("EQ"),
]`;
    const env = { SAML: 'uid=username;mail=email;cn=first_name;sn=last_name;', EQ: 'url=http://x/?a=b' };
    expect(run(code, {}, env)).toEqual([
      { key: 'val', foo: 'bar' },
      { key: 'val', foo: 1.1, baz: true },
      { uid: ['username'], mail: ['email'], cn: ['first_name'], sn: ['last_name'] },
      { url: 'http://x/?a=b' },
    ]);
  });

  it('a default is returned as given and sets the cast (smart casting); default=None turns an empty value into None', () => {
    const code = `import environ\nenv = environ.Env()
plain = environ.Env()
plain.smart_cast = False
result = [env("PORT", default=8000), env("NOPE", default=8000), env("EMPTY", default=None), env.int("NOPE", default=None),
          plain("PORT", default=8000), env.url("NOPE", default="https://example.com/x").netloc]`;
    expect(run(code, {}, { PORT: '5432', EMPTY: '' })).toEqual([5432, 8000, null, null, '5432', 'example.com']);
  });

  it('multiline=True turns \\n and \\r\\n into line breaks (tips: multiline value)', () => {
    const files = { '.env': 'UNQUOTED_CERT=---BEGIN---\\r\\n---END---\nQUOTED_CERT="---BEGIN---\\r\\n---END---"\nESCAPED_CERT=---BEGIN---\\\\n---END---\n' };
    const code = `import environ\nenviron.Env.read_env(".env")\nenv = environ.Env()
result = [env.str(name, multiline=flag) for name in ("UNQUOTED_CERT", "QUOTED_CERT", "ESCAPED_CERT") for flag in (True, False)]`;
    expect(run(code, files)).toEqual([
      '---BEGIN---\n---END---', '---BEGIN---\\r\\n---END---',
      '---BEGIN---\n---END---', '---BEGIN---\\r\\n---END---',
      '---BEGIN---\\\n---END---', '---BEGIN---\\\\n---END---',
    ]);
  });

  it('a value starting with $ is the value of another variable; escape_proxy keeps \\$ (tips: proxy value)', () => {
    const code = `import environ\nenv = environ.Env()\nfirst = [env.str("PROXY"), env.str("ESCAPED_VAR")]
env.escape_proxy = True\nresult = first + [env.str("ESCAPED_VAR")]`;
    expect(run(code, {}, { BAR: 'FOO', PROXY: '$BAR', ESCAPED_VAR: '\\$baz' })).toEqual(['FOO', '\\$baz', '$baz']);
  });

  it('"X" in env tells whether the variable is set', () => {
    expect(run('import environ\nenv = environ.Env()\nresult = ["A" in env, "B" in env]', {}, { A: '' })).toEqual([true, false]);
  });

  it('FileAwareEnv reads NAME from the file NAME_FILE names (tips: Docker-style file based variables)', () => {
    const code = 'import environ\nenv = environ.FileAwareEnv()\nresult = [env("SECRET_KEY"), env("OTHER")]';
    expect(run(code, { 'secrets/secret_key': 's3cr3t' }, { SECRET_KEY_FILE: 'secrets/secret_key', OTHER: 'plain' })).toEqual(['s3cr3t', 'plain']);
  });
});

describe('env.db() and env.cache(): URLs into DATABASES and CACHES entries', () => {
  it('the documented database schemes and their engines', () => {
    const urls = {
      postgres: 'postgres://user:pass@host:5432/db', postgresql: 'postgresql://u:p@h/db', psql: 'psql://u:p@h/db', pgsql: 'pgsql://u:p@h/db',
      postgis: 'postgis://u:p@h/db', mysql: 'mysql://u:p@h:3306/db', mysql2: 'mysql2://u:p@h/db', mysqlgis: 'mysqlgis://u:p@h/db',
      connector: 'mysql-connector://u:p@h/db', oracle: 'oracle://u:p@h:1521/db', spatialite: 'spatialite:////srv/geo.db',
      sqlite: 'sqlite:////srv/db.sqlite3',
    };
    const code = `import environ\nresult = {k: environ.Env.db_url_config(u)["ENGINE"] for k, u in ${JSON.stringify(urls)}.items()}`;
    expect(run(code)).toEqual({
      postgres: 'django.db.backends.postgresql', postgresql: 'django.db.backends.postgresql', psql: 'django.db.backends.postgresql',
      pgsql: 'django.db.backends.postgresql', postgis: 'django.contrib.gis.db.backends.postgis', mysql: 'django.db.backends.mysql',
      mysql2: 'django.db.backends.mysql', mysqlgis: 'django.contrib.gis.db.backends.mysql', connector: 'mysql.connector.django',
      oracle: 'django.db.backends.oracle', spatialite: 'django.contrib.gis.db.backends.spatialite', sqlite: 'django.db.backends.sqlite3',
    });
  });

  it('user, password (percent-decoded), host, port and name; query options (tips: unsafe characters)', () => {
    const code = 'import environ\nresult = environ.Env().db()';
    expect(run(code, {}, { DATABASE_URL: 'mysql://user:%23password@127.0.0.1:3306/dbname?charset=utf8mb4&conn_max_age=600' })).toEqual({
      ENGINE: 'django.db.backends.mysql', NAME: 'dbname', USER: 'user', PASSWORD: '#password', HOST: '127.0.0.1', PORT: 3306,
      CONN_MAX_AGE: 600, OPTIONS: { charset: 'utf8mb4' },
    });
  });

  it('SQLite: four slashes for an absolute path, sqlite:// and sqlite://:memory: for memory (docs/types.rst)', () => {
    const code = 'import environ\nresult = [environ.Env.db_url_config(u)["NAME"] for u in ("sqlite:////full/path/to/db.sqlite3", "sqlite:///my-local-sqlite.db", "sqlite://", "sqlite://:memory:")]';
    expect(run(code)).toEqual(['/full/path/to/db.sqlite3', 'my-local-sqlite.db', ':memory:', ':memory:']);
  });

  it('PostgreSQL over a UNIX socket, an explicit engine, a default URL', () => {
    const code = `import environ\nenv = environ.Env()
socket = env.db_url_config("postgres://%2Fvar%2Frun%2Fpostgresql/db")
result = [socket["HOST"], socket["NAME"], env.db_url_config("postgres://u:p@h/db", engine="my.backend")["ENGINE"],
          env.db("SQLITE_URL", default="sqlite:////tmp/my-tmp-sqlite.db")["NAME"]]`;
    expect(run(code)).toEqual(['/var/run/postgresql', 'db', 'my.backend', '/tmp/my-tmp-sqlite.db']);
  });

  it('cache URLs: redis (one or several servers, options), memcache lists, file, locmem, db, dummy (docs/types.rst, quickstart)', () => {
    const urls = [
      'rediscache://127.0.0.1:6379/1?client_class=django_redis.client.DefaultClient&password=ungithubbed-secret',
      'rediscache://master:6379,slave1:6379,slave2:6379/1',
      'rediss://cache.example.com:6380/0',
      'memcache://127.0.0.1:11211,127.0.0.1:11212,127.0.0.1:11213',
      'pymemcache://127.0.0.1:11211',
      'filecache:///var/tmp/django_cache',
      'locmemcache://unique-snowflake',
      'dbcache://my_cache_table',
      'dummycache://',
    ];
    const code = `import environ\nresult = [environ.Env.cache_url_config(u) for u in ${JSON.stringify(urls)}]`;
    expect(run(code)).toEqual([
      {
        BACKEND: 'django.core.cache.backends.redis.RedisCache', LOCATION: 'redis://127.0.0.1:6379/1',
        OPTIONS: { CLIENT_CLASS: 'django_redis.client.DefaultClient', PASSWORD: 'ungithubbed-secret' },
      },
      { BACKEND: 'django.core.cache.backends.redis.RedisCache', LOCATION: ['redis://master:6379/1', 'redis://slave1:6379/1', 'redis://slave2:6379/1'] },
      { BACKEND: 'django.core.cache.backends.redis.RedisCache', LOCATION: 'rediss://cache.example.com:6380/0' },
      { BACKEND: 'django.core.cache.backends.memcached.MemcachedCache', LOCATION: ['127.0.0.1:11211', '127.0.0.1:11212', '127.0.0.1:11213'] },
      { BACKEND: 'django.core.cache.backends.memcached.PyMemcacheCache', LOCATION: '127.0.0.1:11211' },
      { BACKEND: 'django.core.cache.backends.filebased.FileBasedCache', LOCATION: '/var/tmp/django_cache' },
      { BACKEND: 'django.core.cache.backends.locmem.LocMemCache', LOCATION: 'unique-snowflake' },
      { BACKEND: 'django.core.cache.backends.db.DatabaseCache', LOCATION: 'my_cache_table' },
      { BACKEND: 'django.core.cache.backends.dummy.DummyCache' },
    ]);
  });

  it('env.cache() reads CACHE_URL; an unknown scheme is ImproperlyConfigured', () => {
    const code = 'import environ\nenv = environ.Env()\nresult = env.cache()["BACKEND"]';
    expect(run(code, {}, { CACHE_URL: 'locmemcache://' })).toBe('django.core.cache.backends.locmem.LocMemCache');
    expect(run(code, {}, { CACHE_URL: 'nosuchcache://x' })).toMatchObject({ raised: 'ImproperlyConfigured' });
  });
});

describe('Env.read_env()', () => {
  const settings = (body: string) => ({ 'mysite/__init__.py': '', 'mysite/settings.py': body });

  it('fills os.environ with setdefault: variables already set win, unless overwrite=True (README, FAQ)', () => {
    const code = `import environ, os
environ.Env.read_env(".env")
first = os.environ["DEBUG"]
environ.Env.read_env(".env", overwrite=True)
result = [first, os.environ["DEBUG"], os.environ["SECRET_KEY"]]`;
    expect(run(code, { '.env': 'DEBUG=True\nSECRET_KEY=your-secret-key\n' }, { DEBUG: 'False' })).toEqual(['False', 'True', 'your-secret-key']);
  });

  it('takes a str, a pathlib.Path, an environ.Path or an open file (tips: Path objects)', () => {
    const code = `import environ, os, pathlib
base = environ.Path(os.getcwd())
seen = []
for where in (base(".env"), os.path.join(base, ".env"), pathlib.Path(str(base)) / ".env", open(".env")):
    os.environ.pop("A", None)
    environ.Env.read_env(where)
    seen.append(os.environ["A"])
result = seen`;
    expect(run(code, { '.env': 'A=1\n' })).toEqual(['1', '1', '1', '1']);
  });

  it('without a path, reads the .env beside the calling file', () => {
    const files = { ...settings('import environ, os\nenviron.Env.read_env()\nRESULT = os.environ.get("WHERE")\n'), 'mysite/.env': 'WHERE=mysite\n', '.env': 'WHERE=project\n' };
    expect(run('import mysite.settings\nresult = mysite.settings.RESULT', files)).toBe('mysite');
  });

  it('quotes, export, comments and lines it cannot read', () => {
    const text = [
      '# a comment', '', 'export EXPORTED=1', "SINGLE='a b # c'", 'DOUBLE="say \\"hi\\" \\\\ \\n"', 'PLAIN=a b # not a comment',
      'EQUALS=a=b', 'SPACED = x', 'not a line', 'EMPTY=',
    ].join('\n');
    const code = `import environ, os, logging
lines = []
handler = logging.Handler()
handler.emit = lambda record: lines.append(record.getMessage())
logging.getLogger("environ").addHandler(handler)
try:
    environ.Env.read_env(".env")
finally:
    logging.getLogger("environ").removeHandler(handler)
result = {"environ": dict(sorted(os.environ.items())), "log": lines}`;
    expect(run(code, { '.env': text })).toEqual({
      environ: {
        EXPORTED: '1', SINGLE: 'a b # c', DOUBLE: 'say "hi" \\ \\n', PLAIN: 'a b # not a comment', EQUALS: 'a=b', EMPTY: '',
      },
      log: ['Invalid line: SPACED = x', 'Invalid line: not a line'],
    });
  });

  it('parse_comments=True drops a comment after a value, outside quotes', () => {
    const code = 'import environ, os\nenviron.Env.read_env(".env", parse_comments=True)\nresult = [os.environ["A"], os.environ["B"], os.environ["C"]]';
    expect(run(code, { '.env': "A=1 # one\nB='x # y' # z\nC=a#b\n" })).toEqual(['1', 'x # y', 'a#b']);
  });

  it('a missing file is logged, not raised', () => {
    const code = `import environ, logging
lines = []
handler = logging.Handler()
handler.emit = lambda record: lines.append(record.getMessage())
logger = logging.getLogger("environ")
logger.addHandler(handler)
logger.setLevel(logging.INFO)
try:
    environ.Env.read_env("missing.env")
finally:
    logger.removeHandler(handler)
    logger.setLevel(logging.NOTSET)
result = lines`;
    expect(run(code)).toEqual(["missing.env not found - if you're not configuring your environment separately, check this."]);
  });
});

describe('environ.Path', () => {
  it('- n goes up n levels, a call joins, ~ is the parent, + goes down (README: environ.Path(__file__) - 3)', () => {
    const code = `import environ
root = environ.Path("/a/b/c/settings.py") - 3
site = environ.Path("/srv/mysite")
result = [str(root), root(), root("assets"), str(site.path("static")), str(~site), str(site + "media"), repr(site),
          environ.Path("/srv/mysite/static") in site, environ.Path("/srv/other") in site, site == "/srv/mysite", str(site - "mysite")]`;
    expect(run(code)).toEqual(['/a', '/a', '/a/assets', '/srv/mysite/static', '/srv', '/srv/mysite/media', '<Path:/srv/mysite>', true, false, true, '/srv']);
  });

  it('required=True raises ImproperlyConfigured for a path that does not exist', () => {
    expect(run('import environ\nresult = environ.Path("/nowhere", required=True)')).toEqual({
      raised: 'ImproperlyConfigured', message: 'Create required path: /nowhere',
    });
  });

  it('env.path() gives an environ.Path', () => {
    expect(run('import environ\nresult = environ.Env().path("MEDIA")("x")', {}, { MEDIA: '/srv/media' })).toBe('/srv/media/x');
  });
});
