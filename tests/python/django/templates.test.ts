/**
 * The templates area's Python API, below the engine's operations: what one project leaves
 * behind must not reach the next (each run is a new process for Django), lazy objects stay
 * lazy when looked at, and the contrib apps' models follow INSTALLED_APPS.
 */
import { describe, expect, it } from 'vitest';
import { usePython } from '../../support/python';

const python = usePython();

const setup = (options: string) => `from django.conf import settings
settings.configure(${options})
import django
django.setup()
`;
const ADMIN_APPS = `INSTALLED_APPS=["django.contrib.admin", "django.contrib.auth", "django.contrib.contenttypes",
                "django.contrib.sessions", "django.contrib.messages"]`;

describe('what a project leaves behind', () => {
  it("forgets the admin site's registrations and settings: the next project starts with a fresh default site", () => {
    const first = python.run(
      `${setup(ADMIN_APPS)}
from django.contrib import admin
from django.contrib.contenttypes.models import ContentType
admin.site.site_header = "Mine"
admin.site.register(ContentType)
result = [admin.site.site_header, admin.site.is_registered(ContentType)]`,
    );
    expect(first).toEqual(['Mine', true]);
    const second = python.run(
      `${setup(ADMIN_APPS)}
from django.contrib import admin
result = [admin.site.site_header, len(admin.site._registry), repr(admin.site)]`,
    );
    expect(second).toEqual(['Django administration', 0, "AdminSite(name='admin')"]);
  });

  it("builds the template engines from each project's own TEMPLATES, and its default Engine too", () => {
    const run = (templates: string) =>
      python.run(`${setup(`TEMPLATES=${templates}`)}
from django.template import engines
from django.template.engine import Engine
result = [list(engines), Engine.get_default().string_if_invalid]`);
    expect(run('[{"BACKEND": "django.template.backends.django.DjangoTemplates", "NAME": "one"}]')).toEqual([['one'], '']);
    expect(
      run('[{"BACKEND": "django.template.backends.django.DjangoTemplates", "NAME": "two", "OPTIONS": {"string_if_invalid": "?"}}]'),
    ).toEqual([['two'], '?']);
  });

  it("makes a contrib app's models for the project that installs the app, and refuses them to the next one", () => {
    const importSite = 'from django.contrib.sites.models import Site\nresult = [Site._meta.label, Site.__module__]';
    expect(python.run(`${setup('INSTALLED_APPS=["django.contrib.sites"]')}${importSite}`)).toEqual([
      'sites.Site',
      'django.contrib.sites.models',
    ]);
    expect(python.run(`${setup('INSTALLED_APPS=[]')}${importSite}`)).toEqual({
      raised: 'RuntimeError',
      message:
        "Model class django.contrib.sites.models.Site doesn't declare an explicit app_label and isn't in an application in INSTALLED_APPS.",
    });
  });

  it("makes admin.site from each project's admin app: a custom default_site is used, and forgotten", () => {
    const files = {
      'mysite/apps.py':
        'from django.contrib.admin.apps import AdminConfig\n\n\nclass SiteAdminConfig(AdminConfig):\n    default_site = "mysite.sites.SiteAdmin"\n',
      'mysite/sites.py': 'from django.contrib import admin\n\n\nclass SiteAdmin(admin.AdminSite):\n    site_header = "Custom"\n',
    };
    const custom = ADMIN_APPS.replace('"django.contrib.admin"', '"mysite.apps.SiteAdminConfig"');
    const header = 'from django.contrib import admin\nresult = [type(admin.site).__name__, admin.site.site_header]';
    expect(python.run(`${setup(custom)}${header}`, files)).toEqual(['DefaultAdminSite', 'Custom']);
    expect(python.run(`${setup(ADMIN_APPS)}${header}`, files)).toEqual(['DefaultAdminSite', 'Django administration']);
  });
});

describe('lazy objects', () => {
  it('are not set up by type(), which the engine uses to tell modules apart', () => {
    expect(
      python.run(`from django.utils.functional import SimpleLazyObject, empty
from django.conf import settings
made = []
lazy = SimpleLazyObject(lambda: made.append(1) or {})
seen = [type(lazy).__name__, issubclass(type(lazy), type(settings)), type(settings).__name__]
result = [seen, made, lazy._wrapped is empty, settings._wrapped is empty]`),
    ).toEqual([['SimpleLazyObject', false, 'LazySettings'], [], true, true]);
  });

  it('read an ordinary attribute as any object does (no __getattribute__ of their own)', () => {
    expect(
      python.run(`from django.utils.functional import LazyObject, SimpleLazyObject
from django.conf import LazySettings
result = [cls.__getattribute__ is object.__getattribute__ for cls in (LazyObject, SimpleLazyObject, LazySettings)]`),
    ).toEqual([true, true, true]);
  });
});
