"""Writes http inputs for what the caching chapter's timeline shows of cache_page and the
per-site cache: the Cache-Control and Expires they set when the view set its own max-age (lower,
higher), with no-cache, private and never_cache, cache_page(0), cache_page with its own cache
alias and key prefix, the per-site cache in front of a 404 and a redirect, a HEAD after a GET,
and the CACHE_MIDDLEWARE_SECONDS default (600).

    python3 tools/oracle/generators/http_cache_timeline.py
    python3 tools/oracle/record.py --out tools/oracle/cases tools/oracle/inputs/http/oracle-cache-timeline-*.json

As in http_headers.py, each case is two or three quick requests (a cached answer's Age counts
whole seconds), and dates are masked: the engine's own clock is checked by its tests.
"""

from http_project import COMMON, FETCH_CACHE, SITE, UPDATE_CACHE, case, get, write

COUNT = '''
CALLS = {"n": 0}


def counted(request):
    CALLS["n"] += 1
    return HttpResponse("computed %d time(s)" % CALLS["n"])
'''

DECORATORS = "from django.http import HttpResponse, HttpResponseRedirect\nfrom django.views.decorators.cache import cache_control, cache_page, never_cache\n"
SITE_CACHE = [UPDATE_CACHE, COMMON, FETCH_CACHE]
TWO = [get(f"{SITE}/"), get(f"{SITE}/")]

CASES = [
    case("cache-page-view-max-age-lower", "cache_page(900) over a view that says max-age=60: the header stays 60, and the page is cached for 60 s.",
         TWO, middleware=[], imports=DECORATORS, views=COUNT + "\n\nhome = cache_page(900)(cache_control(max_age=60)(counted))\n"),
    case("cache-page-view-max-age-higher", "cache_page(60) over a view that says max-age=3600: the view's header is kept.",
         TWO, middleware=[], imports=DECORATORS, views=COUNT + "\n\nhome = cache_page(60)(cache_control(max_age=3600)(counted))\n"),
    case("cache-page-zero", "cache_page(0): max-age=0 and an Expires of now; nothing is served from the cache.",
         TWO, middleware=[], imports=DECORATORS, views=COUNT + "\n\nhome = cache_page(0)(counted)\n"),
    case("cache-page-over-never-cache", "cache_page over never_cache: the response says no-cache, no-store and is not kept.",
         TWO, middleware=[], imports=DECORATORS, views=COUNT + "\n\nhome = cache_page(300)(never_cache(counted))\n"),
    case("cache-page-over-no-cache", "cache_page over cache_control(no_cache=True): not kept; the max-age is added beside no-cache.",
         TWO, middleware=[], imports=DECORATORS, views=COUNT + "\n\nhome = cache_page(300)(cache_control(no_cache=True)(counted))\n"),
    case("cache-page-alias-and-prefix", "cache_page(120, cache='pages', key_prefix='v2') stores in the 'pages' cache.",
         TWO, middleware=[], imports=DECORATORS,
         settings={"CACHES": {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "d"},
                              "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "p"}}},
         views=COUNT + "\n\nhome = cache_page(120, cache='pages', key_prefix='v2')(counted)\n"),
    case("per-site-default-seconds", "The per-site cache without CACHE_MIDDLEWARE_SECONDS: max-age=600.",
         TWO, middleware=SITE_CACHE, views=COUNT + "\n\nhome = counted\n"),
    case("per-site-not-found-and-redirect", "The per-site cache keeps neither a 404 nor a redirect; it adds no Cache-Control to them.",
         [get(f"{SITE}/nowhere/"), get(f"{SITE}/nowhere/"), get(f"{SITE}/away/"), get(f"{SITE}/away/")],
         middleware=SITE_CACHE, imports=DECORATORS,
         views=COUNT + '''


def home(request):
    return counted(request)


def away(request):
    return HttpResponseRedirect("/")
''', routes=(("", "home", "home"), ("away/", "away", "away"))),
    case("per-site-head-after-get", "A HEAD after a GET of the same page is answered from the cache (without a body).",
         [get(f"{SITE}/"), {"method": "HEAD", "url": f"{SITE}/"}], middleware=SITE_CACHE, views=COUNT + "\n\nhome = counted\n"),
    case("per-site-view-private", "The per-site cache over a view with cache_control(private=True, max_age=30): not kept; its own header stays.",
         TWO, middleware=SITE_CACHE, imports=DECORATORS, views=COUNT + "\n\nhome = cache_control(private=True, max_age=30)(counted)\n"),
]

if __name__ == "__main__":
    write("cache-timeline", CASES)
