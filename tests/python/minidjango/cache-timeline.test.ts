/**
 * The `cache_timeline` operation: the reader's project answering requests at moments of the
 * engine's clock, on one or more app servers. If this broke, the caching chapter's timeline
 * would show hits where real Django misses, an entry outliving its timeout, two servers sharing
 * a LocMemCache they cannot share, or cache_page's headers from another clock.
 */
import { describe, expect, it } from 'vitest';
import type { CacheTimelineAnswer, CacheTimelineLine, CacheTimelineRequest } from '../../../src/engine/protocol';
import { useEngine } from '../../support/engine';

const engine = useEngine();

const settings = (backend = 'django.core.cache.backends.locmem.LocMemCache', location = 'default') => `SECRET_KEY = 'k'
DEBUG = False
ALLOWED_HOSTS = ['shop.example.com']
INSTALLED_APPS = []
MIDDLEWARE = []
ROOT_URLCONF = 'mysite.urls'
CACHES = {"default": {"BACKEND": "${backend}", "LOCATION": "${location}"}}
`;

const FILES = {
  'mysite/__init__.py': '',
  'mysite/urls.py': `from django.urls import path
from shop import views

urlpatterns = [
    path("", views.article_list),
    path("edit/", views.edit),
    path("page/", views.page),
]
`,
  'shop/__init__.py': '',
  'shop/database.py': `def published_articles():
    return ["Tea", "Coffee"]
`,
  'shop/views.py': `from django.core.cache import cache
from django.http import HttpResponse
from django.views.decorators.cache import cache_page

from shop import database


def article_list(request):
    result = cache.get("my_cache_key")
    if result is None:
        result = database.published_articles()
        cache.set("my_cache_key", result, 3600)
    return HttpResponse(", ".join(result))


def edit(request):
    cache.delete("my_cache_key")
    return HttpResponse("saved")


@cache_page(900)
def page(request):
    return HttpResponse("page %d" % len(database.published_articles()))
`,
};

const URL = 'http://shop.example.com/';

async function timeline(
  lines: CacheTimelineLine[],
  extra: Partial<CacheTimelineRequest> = {},
  settingsText = settings(),
): Promise<CacheTimelineAnswer> {
  return engine.client.call({
    op: 'cache_timeline',
    files: { ...FILES, 'mysite/settings.py': settingsText },
    settings_module: 'mysite.settings',
    database: 'shop.database.published_articles',
    timeline: lines,
    ...extra,
  });
}

describe('the paper’s view on the clock', () => {
  it('queries at 0 s, answers from the cache at 60 s, and queries again at 3,601 s', async () => {
    const answer = await timeline([0, 60, 3599, 3600, 3601].map((at) => ({ at, url: URL })));
    expect(answer.error).toBeNull();
    expect(answer.events.map((e) => e.queries)).toEqual([1, 0, 0, 1, 0]);
    expect(answer.events.map((e) => [e.hits, e.misses])).toEqual([[0, 1], [1, 0], [1, 0], [0, 1], [1, 0]]);
    expect(answer.events[0]!.cache.map((step) => step.did)).toEqual(['miss', 'set']);
    expect(answer.events[0]!.response.body).toBe('Tea, Coffee');
    const held = answer.events[0]!.held[0]!;
    expect(held).toMatchObject({ alias: 'default', shared: false, count: 1 });
    expect(held.entries).toEqual([{ key: ':1:my_cache_key', expires: 3600, expired: false }]);
    expect(answer.events[3]!.held[0]!.entries[0]!.expires).toBe(7200);
  });
});

describe('two app servers behind a load balancer', () => {
  const lines: CacheTimelineLine[] = [
    { at: 0, url: URL, server: 'app1' },
    { at: 10, url: URL, server: 'app2' },
    { at: 20, url: `${URL}edit/`, server: 'app1' },
    { at: 30, url: URL, server: 'app1' },
    { at: 40, url: URL, server: 'app2' },
  ];

  it('each keeps its own LocMemCache: a delete on one leaves the other’s copy', async () => {
    const answer = await timeline(lines, { servers: ['app1', 'app2'] });
    expect(answer.servers).toEqual(['app1', 'app2']);
    expect(answer.events.map((e) => e.queries)).toEqual([1, 1, 0, 1, 0]);
    expect(answer.events[4]!.hits).toBe(1); // app2 still serves what it cached before the edit
  });

  it('share one Redis: the second server hits, and the delete reaches both', async () => {
    const answer = await timeline(lines, { servers: ['app1', 'app2'] }, settings('django.core.cache.backends.redis.RedisCache', 'redis://10.0.0.5:6379/0'));
    expect(answer.error).toBeNull();
    expect(answer.events.map((e) => e.queries)).toEqual([1, 0, 0, 1, 0]);
    expect(answer.events[1]!.held[0]!.shared).toBe(true);
  });
});

describe('cache_page on the clock', () => {
  it('stores the response for 900 s and says so in Cache-Control and Expires', async () => {
    const answer = await timeline([0, 899, 900].map((at) => ({ at, url: `${URL}page/` })));
    expect(answer.events.map((e) => e.queries)).toEqual([1, 0, 1]);
    const headers = Object.fromEntries(answer.events[0]!.response.headers);
    expect(headers['Cache-Control']).toBe('max-age=900');
    // The clock starts at 2026-01-01 00:00:00 UTC: 900 s later.
    expect(headers.Expires).toBe('Thu, 01 Jan 2026 00:15:00 GMT');
  });
});

describe("an exercise's goal on the clock", () => {
  const exercise = (files: Record<string, string>, checks: string) =>
    engine.client.call({ op: 'exercise', files, settings_module: 'mysite.settings', deploy: false, checks });

  it("counts this project's queries after another project's goal restarted its settings (that project's modules are not kept)", async () => {
    const restarted = await exercise(
      { 'mysite/__init__.py': '', 'mysite/settings.py': settings(), 'mysite/urls.py': 'urlpatterns = []\n' },
      'from minidjango.exercises import goal\n\n@goal("restarts")\ndef restarts(run):\n    return run.restart({})["DEBUG"] is False\n',
    );
    expect(restarted.goals.map((g) => g.passed)).toEqual([true]);
    const counted = await exercise(
      { ...FILES, 'mysite/settings.py': settings() },
      `from minidjango.exercises import goal

@goal("one query, then the cache")
def cached(run):
    timeline = run.cache_timeline([{"at": 0, "url": "${URL}"}, {"at": 60, "url": "${URL}"}], database="shop.database.published_articles")
    return timeline.queries == [1, 0] and timeline.bodies == ["Tea, Coffee"] * 2
`,
    );
    expect(counted.goals).toEqual([{ title: 'one query, then the cache', passed: true, problem: null }]);
  });
});

describe('what the engine cannot run is said plainly', () => {
  it('refuses a clock that goes back', async () => {
    await expect(timeline([{ at: 10, url: URL }, { at: 5, url: URL }])).rejects.toThrow(/the clock only moves forward/);
  });

  it('names a database function that does not exist', async () => {
    const answer = await timeline([{ at: 0, url: URL }], { database: 'shop.database.nothing' });
    expect(answer.error?.message).toMatch(/shop.database has no function nothing\(\)/);
  });
});
