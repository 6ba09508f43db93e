/**
 * django.urls against what real Django recorded, for the gaps the rewrite closed, and the
 * course's own additions to it (where a finding is written, what a new process forgets).
 *
 * The recorded cases (tools/oracle/cases/urls/urls-edges-*.json, made by
 * tools/oracle/generators/urls_edges.py) also run in `npm run conformance`; here each gap is a
 * test of its own, so a reader-visible regression names itself.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { UrlsCase } from '../../../src/conformance/cases';
import { compareCheckResults, compareOutcome, withCaseDirToken } from '../../../src/conformance/compare';
import { useEngine } from '../../support/engine';
import { usePython } from '../../support/python';

const recorded = (slug: string): UrlsCase =>
  JSON.parse(readFileSync(new URL(`../../../tools/oracle/cases/urls/urls-edges-${slug}.json`, import.meta.url), 'utf8')) as UrlsCase;

describe('django.urls: what real Django recorded', () => {
  const engine = useEngine({ timeLimitMs: 15_000 });
  /** What the engine answers differently from the recording (FORMAT.md's comparison). */
  const differences = async (slug: string): Promise<string[]> => {
    const c = recorded(slug);
    const { project_dir: projectDir } = await engine.client.call({ op: 'ping' });
    const answer = withCaseDirToken(
      await engine.client.call({
        op: 'urls',
        files: c.files,
        root_urlconf: c.root_urlconf,
        settings: c.settings,
        resolve: c.resolve.map((entry) => entry.path),
        reverse: c.reverse.map(({ expected: _expected, ...call }) => call),
      }),
      projectDir,
    );
    return [
      ...compareCheckResults('checks', c.checks, answer.checks, c.scope),
      ...c.resolve.flatMap((entry, i) => compareOutcome(`resolve ${JSON.stringify(entry.path)}`, entry.expected, answer.resolve[i])),
      ...c.reverse.flatMap((entry, i) => compareOutcome(`reverse[${i}] ${JSON.stringify(entry)}`, entry.expected, answer.reverse[i])),
    ];
  };

  it('reverse(query=0) and query=False raise TypeError; {}, "", [] add nothing; pairs and lists of values encode', async () => {
    // A reader's reverse("search", query=...) gives the URL (or the error) real Django gives.
    expect(await differences('query-values')).toEqual([]);
  });

  it("reverse() uses each converter's to_url as Django does: ValueError skips a candidate, other errors escape, the output must match the regex", async () => {
    expect(await differences('converter-reverse')).toEqual([]);
  });

  it('APPEND_SLASH redirects unusual paths as Django does: //x, ?, %, ;, spaces, unicode, @no_append_slash', async () => {
    for (const slug of ['append-slash-unusual-paths', 'append-slash-catch-all', 'append-slash-slashed-path-errors', 'append-slash-off']) {
      expect(await differences(slug), slug).toEqual([]);
    }
  });

  it("reports what Django reports when urls.py raises AttributeError: its checks import urls.py twice", async () => {
    // A misspelt view after register_converter(): Django's second import says "already registered".
    for (const slug of ['urlconf-attribute-error', 'urlconf-attribute-error-after-register', 'urlconf-attribute-error-in-handler']) {
      expect(await differences(slug), slug).toEqual([]);
    }
  });

  it('reverses through instance and application namespaces with current_app as Django does', async () => {
    expect(await differences('namespaces')).toEqual([]);
  });
});

const python = usePython();

const URLS = `from django.urls import include, path, re_path
from mysite import views

urlpatterns = [
    path("/about/", views.home, name="about"),
    re_path(r"^blog/$", include([path("x/", views.home)])),
    path("a/", include(([path("p/", views.home)], "app"), namespace="dup")),
    path("b/", include(([path("p/", views.home)], "app"), namespace="dup")),
    "not-a-pattern",
]

handler404 = "mysite.views.missing"
`;
const RESOLVING = `from django.urls import include, path
from mysite import views

urlpatterns = [
    path("about/", views.home, name="about"),
    path("a/", include([
        path("p/", views.home, name="p"),
    ])),
]
`;
const FILES = {
  'mysite/__init__.py': '',
  'mysite/views.py': 'def home(request, *args, **kwargs):\n    return None\n',
  'mysite/urls.py': URLS,
  'mysite/resolving.py': RESOLVING,
};
const SETUP = `import django
from django.conf import settings
settings.configure(ROOT_URLCONF="mysite.urls", INSTALLED_APPS=[], SECRET_KEY="k" * 50, MEDIA_URL="/media")
django.setup()
`;

describe('django.urls: findings know where they are', () => {
  it('points each URL check message at the call, the include(), the urlpatterns or handler line, or the setting it is about', () => {
    const found = python.run(
      `${SETUP}from django.core import checks
result = sorted(
    [m.id, m.setting, None if m.source is None else [m.source.filename.rsplit("/", 1)[-1], *m.source.span()]]
    for m in checks.run_checks(tags=["urls"])
)`,
      FILES,
    );
    expect(found).toEqual([
      // Lines only: the `urlpatterns = [` line for an entry that is no pattern, the handler's line.
      ['urls.E004', null, ['urls.py', 4, null, 4, null]],
      ['urls.E006', 'MEDIA_URL', null],
      ['urls.E008', null, ['urls.py', 12, null, 12, null]],
      // The re_path(r"^blog/$", include(...)) call on line 6, from byte column 4 to 58.
      ['urls.W001', null, ['urls.py', 6, 4, 6, 58]],
      ['urls.W002', null, ['urls.py', 5, 4, 5, 45]],
      // The second include() of the namespace, where the duplicate is.
      ['urls.W005', null, ['urls.py', 8, 4, 8, 75]],
    ]);
  });

  it('gives a 404, a match and an invalid regex the place of their path() call', () => {
    const found = python.run(
      `${SETUP}from django.urls import resolve, Resolver404, re_path, get_resolver
from mysite import views
match = resolve("/a/p/", "mysite.resolving")
try:
    resolve("/nowhere/", "mysite.resolving")
except Resolver404 as error:
    tried = [entry[-1].source_site.span()[0] for entry in error.args[0]["tried"]]
bad = re_path(r"^(unclosed/$", views.home)
try:
    bad.pattern.regex
except Exception as error:
    broken = [type(error).__name__, error.source_site.span()[0]]
result = [match.source_site.span(), tried, broken]`,
      FILES,
    );
    // The match: line 7 of resolving.py; the 404 tried lines 5 and 6 (the include() whose prefix
    // did not match); the broken re_path() is line 12 of the snippet itself.
    expect(found).toEqual([[7, 8, 7, 40], [5, 6], ['ImproperlyConfigured', 12]]);
  });
});

describe('django.urls: a new process forgets what the last one set', () => {
  it('forgets registered converters, the script prefix, the thread URLconf and the resolvers built', () => {
    const found = python.run(
      `${SETUP}from django._process import new_process
from django.urls import get_resolver, get_script_prefix, get_urlconf, register_converter, set_script_prefix, set_urlconf
from django.urls.converters import get_converters
from django.urls.resolvers import _get_cached_resolver


class Year:
    regex = "[0-9]{4}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(value)


register_converter(Year, "year")
set_script_prefix("/mounted")
set_urlconf("other.urls")
get_resolver("mysite.urls")
state = lambda: ["year" in get_converters(), get_script_prefix(), get_urlconf(), _get_cached_resolver.cache_info().currsize]
before = state()
new_process()
result = [before, state()]`,
      FILES,
    );
    expect(found).toEqual([
      [true, '/mounted/', 'other.urls', 1],
      [false, '/', null, 0],
    ]);
  });
});
