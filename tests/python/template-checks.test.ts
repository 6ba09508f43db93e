/**
 * The template check builds every TEMPLATES engine, as Django's does: whatever Django cannot
 * build ends `manage.py check` with Django's exception, and a project's template tag modules
 * are imported on the way.
 */
import { describe, expect, it } from 'vitest';
import type { CheckResult, ProjectFiles } from '../../src/engine/protocol';
import { useEngine } from '../support/engine';

const STARTPROJECT_TEMPLATES = `TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]`;

function project(templates: string, apps: string[] = [], files: ProjectFiles = {}): ProjectFiles {
  return {
    'mysite/settings.py': `from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = "r8#Lq!2vZ@k5^wN9&xT4*pC7(mB1)hG6-jD3=sF0_yK%eU+aQ~"
INSTALLED_APPS = ${JSON.stringify(['django.contrib.auth', 'django.contrib.contenttypes', ...apps])}
${templates}
`,
    ...files,
  };
}

const checkOf = (engine: ReturnType<typeof useEngine>, files: ProjectFiles) =>
  engine.check(files, { deploy: false });
const djangoIds = (result: CheckResult) =>
  result.messages.map((message) => message.id).filter((id) => !id.startsWith('course.'));
const errorOf = (result: CheckResult) =>
  result.error && { type: result.error.type, message: result.error.message, file: result.error.file, line: result.error.line };

describe('template checks', () => {
  const engine = useEngine();

  it('accepts the TEMPLATES setting startproject writes', async () => {
    const result = await checkOf(engine, project(STARTPROJECT_TEMPLATES));
    expect(result.error).toBeNull();
    expect(djangoIds(result)).toEqual([]);
  });

  it('fails on a misspelt OPTIONS key with the TypeError Django gives (worded as Python 3.12 words it)', async () => {
    const result = await checkOf(engine, project(STARTPROJECT_TEMPLATES.replace('"context_processors"', '"context_processor"')));
    expect(errorOf(result)).toEqual({
      type: 'TypeError',
      message: "Engine.__init__() got an unexpected keyword argument 'context_processor'",
      file: null,
      line: null,
    });
  });

  it('fails on an unknown key of a TEMPLATES entry', async () => {
    const result = await checkOf(engine, project(STARTPROJECT_TEMPLATES.replace('"OPTIONS"', '"OPTION"')));
    expect(errorOf(result)).toMatchObject({ type: 'ImproperlyConfigured', message: 'Unknown parameters: OPTION' });
  });

  it('fails when DIRS is a path instead of a list of paths', async () => {
    const result = await checkOf(engine, project(STARTPROJECT_TEMPLATES.replace('"DIRS": []', '"DIRS": BASE_DIR / "templates"')));
    expect(errorOf(result)).toMatchObject({ type: 'TypeError', message: "'PosixPath' object is not iterable" });
  });

  it('needs Jinja2 installed for the Jinja2 backend', async () => {
    const jinja = STARTPROJECT_TEMPLATES.replace('django.template.backends.django.DjangoTemplates', 'django.template.backends.jinja2.Jinja2');
    expect(errorOf(await checkOf(engine, project(jinja)))).toMatchObject({
      type: 'ModuleNotFoundError',
      message: "No module named 'jinja2'",
    });
  });

  it('builds the engines afresh on each run: fixing TEMPLATES clears the error', async () => {
    const broken = await checkOf(engine, project(STARTPROJECT_TEMPLATES.replace('"OPTIONS"', '"OPTION"')));
    expect(broken.error).not.toBeNull();
    expect((await checkOf(engine, project(STARTPROJECT_TEMPLATES))).error).toBeNull();
  });

  it("imports an installed app's template tags: a working library passes, a broken import is reported", async () => {
    const library = `from django import template

register = template.Library()


@register.filter
def shout(value):
    return value.upper()


@register.filter(name="whisper", is_safe=True)
def lower(value):
    return value.lower()


@register.simple_tag(takes_context=True)
def greeting(context, name):
    return f"Hello {name}"


@register.inclusion_tag("blog/latest.html")
def latest_posts(count=5):
    return {"count": count}
`;
    const blog = { 'blog/__init__.py': '', 'blog/templatetags/__init__.py': '', 'blog/templatetags/blog_tags.py': library };
    const working = await checkOf(engine, project(STARTPROJECT_TEMPLATES, ['blog'], blog));
    expect(working.error).toBeNull();
    expect(djangoIds(working)).toEqual([]);

    const broken = await checkOf(
      engine,
      project(STARTPROJECT_TEMPLATES, ['blog'], { ...blog, 'blog/templatetags/blog_tags.py': `from blog.models import Post\n${library}` }),
    );
    expect(errorOf(broken)).toEqual({
      type: 'InvalidTemplateLibrary',
      message:
        "Invalid template library specified. ImportError raised when trying to load 'blog.templatetags.blog_tags': No module named 'blog.models'",
      file: null,
      line: null,
    });
  });

  it('warns when an app\'s tag library has the name of a built-in one (templates.W003)', async () => {
    const files = {
      'blog/__init__.py': '',
      'blog/templatetags/__init__.py': '',
      'blog/templatetags/static.py': 'from django import template\n\nregister = template.Library()\n',
    };
    const result = await checkOf(engine, project(STARTPROJECT_TEMPLATES, ['blog'], files));
    expect(result.messages.filter((m) => m.id === 'templates.W003').map((m) => m.msg)).toEqual([
      "'static' is used for multiple template tag modules: 'blog.templatetags.static', 'django.templatetags.static'",
    ]);
  });

  describe('templates.W003 follows each run\'s INSTALLED_APPS and files', () => {
    const LIBRARY = 'from django import template\n\nregister = template.Library()\n';
    const app = (name: string, libraries: Record<string, string>): ProjectFiles => ({
      [`${name}/__init__.py`]: '',
      [`${name}/templatetags/__init__.py`]: '',
      ...Object.fromEntries(Object.entries(libraries).map(([module, text]) => [`${name}/templatetags/${module}.py`, text])),
    });
    const w003 = (result: CheckResult) => result.messages.filter((m) => m.id === 'templates.W003').map((m) => m.msg);
    const twoUtils = "'utils' is used for multiple template tag modules: 'blog.templatetags.utils', 'shop.templatetags.utils'";

    it('warns, stops warning and warns again as apps come and go, all in one engine', async () => {
      const files = { ...app('blog', { utils: LIBRARY }), ...app('shop', { utils: LIBRARY }) };
      expect(w003(await checkOf(engine, project(STARTPROJECT_TEMPLATES, ['blog', 'shop'], files)))).toEqual([twoUtils]);
      expect(w003(await checkOf(engine, project(STARTPROJECT_TEMPLATES, ['blog'], files)))).toEqual([]);
      expect(w003(await checkOf(engine, project(STARTPROJECT_TEMPLATES, ['shop', 'blog'], files)))).toEqual([twoUtils]);
    });

    it("sees a contrib app's libraries only while that app is installed", async () => {
      const files = app('blog', { humanize: LIBRARY });
      const humanize =
        "'humanize' is used for multiple template tag modules: 'blog.templatetags.humanize', 'django.contrib.humanize.templatetags.humanize'";
      expect(w003(await checkOf(engine, project(STARTPROJECT_TEMPLATES, ['django.contrib.humanize', 'blog'], files)))).toEqual([humanize]);
      expect(w003(await checkOf(engine, project(STARTPROJECT_TEMPLATES, ['blog'], files)))).toEqual([]);
    });

    it('reads the templatetags files as they are now: renamed, emptied, or broken then fixed', async () => {
      const both = { ...app('blog', { utils: LIBRARY }), ...app('shop', { utils: LIBRARY }) };
      expect(w003(await checkOf(engine, project(STARTPROJECT_TEMPLATES, ['blog', 'shop'], both)))).toEqual([twoUtils]);

      const renamed = { ...app('blog', { utils: LIBRARY }), ...app('shop', { shop_utils: LIBRARY }) };
      expect(w003(await checkOf(engine, project(STARTPROJECT_TEMPLATES, ['blog', 'shop'], renamed)))).toEqual([]);

      // A module without `register` is not a library, so the two names no longer collide.
      const notALibrary = { ...app('blog', { utils: 'X = 1\n' }), ...app('shop', { utils: LIBRARY }) };
      expect(w003(await checkOf(engine, project(STARTPROJECT_TEMPLATES, ['blog', 'shop'], notALibrary)))).toEqual([]);

      const broken = { ...app('blog', { utils: `import blog.nope\n${LIBRARY}` }), ...app('shop', { utils: LIBRARY }) };
      expect(errorOf(await checkOf(engine, project(STARTPROJECT_TEMPLATES, ['blog', 'shop'], broken)))).toMatchObject({
        type: 'InvalidTemplateLibrary',
        message:
          "Invalid template library specified. ImportError raised when trying to load 'blog.templatetags.utils': No module named 'blog.nope'",
      });
      expect(w003(await checkOf(engine, project(STARTPROJECT_TEMPLATES, ['blog', 'shop'], both)))).toEqual([twoUtils]);
    });

    it('gives each project its own apps: a second project with other app names sees only its own', async () => {
      const first = { ...app('blog', { utils: LIBRARY }), ...app('shop', { utils: LIBRARY }) };
      const second = { ...app('forum', { extras: LIBRARY }), ...app('wiki', { extras: LIBRARY }) };
      expect(w003(await checkOf(engine, project(STARTPROJECT_TEMPLATES, ['blog', 'shop'], first)))).toEqual([twoUtils]);
      expect(w003(await checkOf(engine, project(STARTPROJECT_TEMPLATES, ['forum', 'wiki'], second)))).toEqual([
        "'extras' is used for multiple template tag modules: 'forum.templatetags.extras', 'wiki.templatetags.extras'",
      ]);
    });

    it('says the warning is about the TEMPLATES entry of the engine that found it', async () => {
      const files = { ...app('blog', { utils: LIBRARY }), ...app('shop', { utils: LIBRARY }) };
      const two = `TEMPLATES = [
    {"BACKEND": "django.template.backends.dummy.TemplateStrings"},
    {"BACKEND": "django.template.backends.django.DjangoTemplates", "APP_DIRS": True},
]`;
      const result = await checkOf(engine, project(two, ['blog', 'shop'], files));
      expect(w003(result)).toEqual([twoUtils]);
      const warning = result.messages.find((m) => m.id === 'templates.W003');
      expect(warning?.location?.line).toBe(8); // the second entry, DjangoTemplates
    });

    it('keeps working after a templatetags folder without __init__.py (a namespace package)', async () => {
      const namespace: ProjectFiles = { 'blog/__init__.py': '', 'blog/templatetags/utils.py': LIBRARY, ...app('shop', { utils: LIBRARY }) };
      expect(w003(await checkOf(engine, project(STARTPROJECT_TEMPLATES, ['blog', 'shop'], namespace)))).toEqual([twoUtils]);
      expect(w003(await checkOf(engine, project(STARTPROJECT_TEMPLATES, ['blog', 'shop'], namespace)))).toEqual([twoUtils]);
      expect((await checkOf(engine, project(STARTPROJECT_TEMPLATES))).error).toBeNull();
    });
  });
});
