/**
 * The http area (requests, responses, views, shortcuts) where our engine differs from a server:
 * Pyodide has one thread and no event loop to block on, and its hashlib has no pbkdf2_hmac.
 * What Django's API answers is checked by the recorded cases (tools/oracle/cases/python/http-*);
 * these tests check that the same code also runs here, as a reader's view or check would run it.
 */
import { describe, expect, it } from 'vitest';
import { usePython } from '../../support/python';

const python = usePython();

const SETUP = `import django
from django.conf import settings
settings.configure(ROOT_URLCONF="mysite.urls", ALLOWED_HOSTS=["example.com"])
django.setup()
from django.http import HttpRequest, HttpResponse


def request(method="GET", path="/"):
    made = HttpRequest()
    made.method, made.path, made.path_info = method, path, path
    made.META = {"HTTP_HOST": "example.com", "QUERY_STRING": ""}
    return made


def run(coroutine):
    # What an ASGI server would do: drive the view's coroutine to its answer.
    try:
        coroutine.send(None)
    except StopIteration as done:
        return done.value
`;

const FILES = {
  'mysite/__init__.py': '',
  'mysite/urls.py': 'from django.urls import path\nfrom django.http import HttpResponse\nurlpatterns = [path("café/", lambda r: HttpResponse(), name="cafe")]\n',
};

describe('the http area under Pyodide', () => {
  it('redirects to an IRI with a Location a browser can follow, from a path or a URL name', () => {
    // The values themselves are recorded from real Django (http-redirect-iri, http-redirect-url-name-iri).
    const code = `${SETUP}
from django.shortcuts import redirect
from django.utils.encoding import uri_to_iri
locations = [redirect("/æøå/")["Location"], redirect("cafe")["Location"]]
result = [[location.isascii(), uri_to_iri(location)] for location in locations]`;
    expect(python.run(code, FILES)).toEqual([
      [true, '/æøå/'],
      [true, '/café/'],
    ]);
  });

  it('serves an async streaming response synchronously, warning once, with no event loop to block on', () => {
    const code = `${SETUP}
import warnings
from django.http import StreamingHttpResponse
async def chunks():
    yield "hello "
    yield b"world"
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    body = b"".join(StreamingHttpResponse(chunks())).decode()
result = [body, [w.category.__name__ for w in caught]]`;
    expect(python.run(code, FILES)).toEqual(['hello world', ['Warning']]);
  });

  it('answers from an async class-based view and async middleware as the sync ones do', () => {
    // An ASGI server would await the coroutines; here they are driven to their answer in place.
    const code = `${SETUP}
import inspect
from django.utils.deprecation import MiddlewareMixin
from django.views import View
class SyncPage(View):
    def get(self, request):
        return HttpResponse("page")
class AsyncPage(View):
    async def get(self, request):
        return HttpResponse("page")
class Stamp(MiddlewareMixin):
    def process_response(self, request, response):
        response["X-Stamp"] = "1"
        return response
def answers(view, method):
    answer = view(request(method))
    return run(answer) if inspect.isawaitable(answer) else answer
def seen(response):
    return [response.status_code, response.content.decode(), response.get("Allow"), response.get("X-Stamp")]
sync_view, async_view = Stamp(SyncPage.as_view()), Stamp(AsyncPage.as_view())
result = [inspect.iscoroutinefunction(async_view)] + [seen(answers(async_view, m)) == seen(answers(sync_view, m)) for m in ("GET", "DELETE", "OPTIONS")]`;
    expect(python.run(code, FILES)).toEqual([true, true, true, true]);
  });
});
