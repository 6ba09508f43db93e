/**
 * What real projects' settings reach for beyond the security checks (translation, the admin's
 * dependencies, the database drivers), beyond what the recorded cases pin down: that each
 * project is a new process for them (nothing one project activates or chooses is seen by the
 * next), and that the admin's findings say which setting they are about.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ProjectFiles } from '../../../src/engine/protocol';
import { useEngine } from '../../support/engine';
import { usePython } from '../../support/python';

const python = usePython();
const engine = useEngine();

const STRONG_KEY = 'r8#Lq!2vZ@k5^wN9&xT4*pC7(mB1)hG6-jD3=sF0_yK%eU+aQ~';

function project(extra: string, apps = '["django.contrib.staticfiles"]'): ProjectFiles {
  return {
    'mysite/__init__.py': '',
    'mysite/settings.py': `SECRET_KEY = ${JSON.stringify(STRONG_KEY)}\nINSTALLED_APPS = ${apps}\nSTATIC_URL = "static/"\n${extra}\n`,
  };
}

const ADMIN_APPS = '["django.contrib.admin", "django.contrib.auth", "django.contrib.contenttypes", "django.contrib.messages"]';

describe('translation is a fresh process for each project', () => {
  it('forgets the language a project activated: the next one starts with its LANGUAGE_CODE', () => {
    const code = 'from django.utils import translation\nimport django\ndjango.setup()\nbefore = translation.get_language()\ntranslation.activate("de")\nresult = [before, translation.get_language()]';
    const env = { DJANGO_SETTINGS_MODULE: 'mysite.settings' };
    expect(python.run(code, project('LANGUAGE_CODE = "fr"'), env)).toEqual(['fr', 'de']);
    expect(python.run(code, project('LANGUAGE_CODE = "nl"'), env)).toEqual(['nl', 'de']);
  });

  it('chooses translating or not again for each project (USE_I18N off, then on)', () => {
    const code = 'from django.utils import translation\nimport django\ndjango.setup()\ntranslation.activate("de")\nresult = translation.get_language()';
    const env = { DJANGO_SETTINGS_MODULE: 'mysite.settings' };
    expect(python.run(code, project('USE_I18N = False'), env)).toBe('en-us');
    expect(python.run(code, project('USE_I18N = True'), env)).toBe('de');
  });

  it('fails at the settings line that translates too early, with Django\'s advice, and passes once it is lazy', async () => {
    const eager = project('from django.utils.translation import gettext as _\nLANGUAGES = [("en", _("English"))]', ADMIN_APPS);
    const failed = await engine.check(eager, { deploy: false });
    expect(failed.error).toMatchObject({ type: 'AppRegistryNotReady', file: 'mysite/settings.py', line: 5 });
    expect(failed.error!.message).toContain("Check that you don't make non-lazy gettext calls at import time.");

    const lazy = project('from django.utils.translation import gettext_lazy as _\nLANGUAGES = [("en", _("English"))]', ADMIN_APPS);
    expect((await engine.check(lazy, { deploy: false })).error).toBeNull();
  });

  it('names its own module file when a removed name is imported (ugettext_lazy), as Python does', () => {
    const raised = python.run('from django.utils.translation import ugettext_lazy') as { raised: string; message: string };
    expect(raised.raised).toBe('ImportError');
    expect(raised.message).toMatch(/^cannot import name 'ugettext_lazy' from 'django\.utils\.translation' \(\/.+\/django\/utils\/translation\/__init__\.py\)$/);
  });
});

describe("the admin's dependencies", () => {
  it('says which setting each missing dependency is about (the editor marks that line)', () => {
    const found = python.run(
      `from minidjango import manage
result = sorted([m.id, m.setting, m.index] for m in manage.check("mysite.settings", False) if m.id.startswith("admin."))`,
      project('TEMPLATES = [{"BACKEND": "django.template.backends.django.DjangoTemplates", "OPTIONS": {}}]', ADMIN_APPS),
    );
    expect(found).toEqual([
      ['admin.E402', 'TEMPLATES', 0],
      ['admin.E404', 'TEMPLATES', 0],
      ['admin.E408', 'MIDDLEWARE', null],
      ['admin.E409', 'MIDDLEWARE', null],
      ['admin.E410', 'MIDDLEWARE', null],
      ['admin.W411', 'TEMPLATES', 0],
    ]);
  });

  it('reads the project\'s middleware afresh on each run: fixing MIDDLEWARE clears admin.E408', async () => {
    const templates = 'TEMPLATES = [{"BACKEND": "django.template.backends.django.DjangoTemplates", "OPTIONS": {"context_processors": ["django.template.context_processors.request", "django.contrib.auth.context_processors.auth", "django.contrib.messages.context_processors.messages"]}}]';
    const middleware = (auth: string) =>
      `MIDDLEWARE = ["django.contrib.sessions.middleware.SessionMiddleware", "${auth}", "django.contrib.messages.middleware.MessageMiddleware"]`;
    const ids = async (files: ProjectFiles) =>
      (await engine.check(files, { deploy: false })).messages.map((m) => m.id).filter((id) => id.startsWith('admin.'));
    const files = (auth: string, own: string) => ({
      ...project(`${templates}\n${middleware(auth)}`, ADMIN_APPS),
      'mysite/auth.py': own,
    });
    const subclass = 'from django.contrib.auth.middleware import AuthenticationMiddleware\n\nclass Audit(AuthenticationMiddleware):\n    pass\n';
    expect(await ids(files('mysite.auth.Audit', 'class Audit:\n    pass\n'))).toEqual(['admin.E408']);
    expect(await ids(files('mysite.auth.Audit', subclass))).toEqual([]);
  });
});

describe('the database drivers', () => {
  it('are importable in every project without being installed, and connecting says there is no server', () => {
    const code = `import MySQLdb, psycopg
try:
    psycopg.connect("host=db dbname=app")
except psycopg.OperationalError as exc:
    refused = str(exc)
made = psycopg.conninfo.make_conninfo("postgresql://app@db/app", password="a b")
result = [psycopg.conninfo.conninfo_to_dict(made), MySQLdb.version_info[:2], refused]`;
    expect(python.run(code)).toEqual([
      { user: 'app', password: 'a b', dbname: 'app', host: 'db' },
      [2, 2],
      "connection failed: the course's environment has no PostgreSQL server",
    ]);
  });
});

describe('the database backends', () => {
  const AUTH_APPS = '["django.contrib.auth", "django.contrib.contenttypes"]';
  const databases = (engine: string) => `DATABASES = {"default": {"ENGINE": "${engine}", "NAME": "app"}}`;

  it('loads the ENGINE afresh for each project: a misspelt one fails at setup, the corrected one passes', async () => {
    const typo = await engine.check(project(databases('django.db.backends.postgres'), AUTH_APPS), { deploy: false });
    expect(typo.error).toMatchObject({ type: 'ImproperlyConfigured' });
    expect(typo.error!.message).toContain("'django.db.backends.postgres' isn't an available database backend");
    expect((await engine.check(project(databases('django.db.backends.postgresql'), AUTH_APPS), { deploy: false })).error).toBeNull();
  });

  it("gives a project's own backend its alias's settings, and the connection follows the project", () => {
    const code = 'import django\ndjango.setup()\nfrom django.db import connection, connections\nresult = [type(connections["default"]).__module__, connection.settings_dict["NAME"]]';
    const env = { DJANGO_SETTINGS_MODULE: 'mysite.settings' };
    const own = {
      ...project(databases('mysite.db'), AUTH_APPS),
      'mysite/db/__init__.py': '',
      'mysite/db/base.py': 'from django.db.backends.sqlite3.base import DatabaseWrapper\n',
    };
    expect(python.run(code, own, env)).toEqual(['django.db.backends.sqlite3.base', 'app']);
    expect(python.run(code, project(databases('django.db.backends.mysql'), AUTH_APPS), env)).toEqual(['django.db.backends.mysql.base', 'app']);
  });
});

describe('GeoDjango without the GDAL library', () => {
  const GIS_APPS = '["django.contrib.auth", "django.contrib.contenttypes", "django.contrib.gis"]';
  const spatialite = 'DATABASES = {"default": {"ENGINE": "django.contrib.gis.db.backends.spatialite", "NAME": "geo"}}';

  it('reads GDAL_LIBRARY_PATH afresh for each project: the library it names, else the names Django tries', async () => {
    // The exact texts are real Django's, recorded (tools/oracle/cases); here: which one each project gets.
    const recorded = (name: string) => JSON.parse(readFileSync(`tools/oracle/cases/settings/${name}.json`, 'utf8')).expected.error;
    const named = await engine.check(project(`GDAL_LIBRARY_PATH = "/opt/libgdal.so"\n${spatialite}`, GIS_APPS), { deploy: false });
    expect(named.error).toMatchObject({ type: 'OSError' });
    expect(named.error!.message).toMatch(/^\/opt\/libgdal\.so: /);
    const unnamed = await engine.check(project(spatialite, GIS_APPS), { deploy: false });
    expect(unnamed.error).toMatchObject({ type: 'ImproperlyConfigured', message: recorded('gaps-db-gis-app-installed').message });
  });
});
