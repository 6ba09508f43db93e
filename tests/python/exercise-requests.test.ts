/**
 * run.request() in an exercise's checks.py: a goal sends the reader's project a request and
 * judges the answer (status, headers by any case, the body, a cookie's flags, the trace). If it
 * broke, the exercises about hosts, redirects, HSTS and cookies would judge what nobody sent.
 */
import { describe, expect, it } from 'vitest';
import type { ExerciseAnswer } from '../../src/engine/protocol';
import { useEngine } from '../support/engine';

const SETTINGS = `
SECRET_KEY = "k" * 50
DEBUG = False
ALLOWED_HOSTS = ["shop.example.com"]
INSTALLED_APPS = []
MIDDLEWARE = []
ROOT_URLCONF = "mysite.urls"
`;

const URLS = `
from django.http import HttpResponse
from django.urls import path

visits = []


def home(request):
    request.get_host()  # what CommonMiddleware does first: with MIDDLEWARE = [], nothing else checks the Host
    visits.append(1)
    response = HttpResponse(f"visit {len(visits)}", content_type="text/plain; charset=utf-8")
    response.set_cookie("flavour", "mint", secure=True, httponly=True, samesite="Strict")
    response["X-Shop"] = "open"
    return response


urlpatterns = [path("", home)]
`;

const CHECKS = `
from minidjango.exercises import goal

URL = "https://shop.example.com/"


@goal("served")
def served(run):
    r = run.request("GET", URL)
    return (r.status, r.reason, r.text) == (200, "OK", "visit 1")


@goal("headers by any case")
def headers(run):
    r = run.request("GET", URL)
    return r.headers["x-shop"] == "open" and r.headers.get("CONTENT-TYPE") == "text/plain; charset=utf-8" and "X-Missing" not in r.headers


@goal("a cookie's flags")
def cookie(run):
    c = run.request("GET", URL).cookie("flavour")
    return c["value"] == "mint" and c["secure"] is True and c["httponly"] is True and c["samesite"] == "Strict" and run.request("GET", URL).cookie("none") is None


@goal("the same request is sent once")
def once(run):
    return run.request("GET", URL).text == "visit 1" and run.request("GET", URL + "?again").text == "visit 2"


@goal("a foreign Host is refused")
def foreign(run):
    r = run.request("GET", URL, headers={"Host": "attacker.test"})
    return r.status == 400 and r.error is None
`;

describe('run.request() in checks.py', () => {
  const engine = useEngine();
  const judge = (settings: string): Promise<ExerciseAnswer> =>
    engine.client.call({
      op: 'exercise',
      files: { 'mysite/__init__.py': '', 'mysite/settings.py': settings, 'mysite/urls.py': URLS },
      settings_module: 'mysite.settings',
      deploy: false,
      checks: CHECKS,
    });

  it('gives each goal the response the project sends', async () => {
    const answer = await judge(SETTINGS);
    expect(answer.goals).toEqual(answer.goals.map((g) => ({ title: g.title, passed: true, problem: null })));
  });

  it('leaves goals unmet, not broken, when the settings do not load', async () => {
    const answer = await judge(`${SETTINGS}\nraise RuntimeError("no")\n`);
    expect(answer.error?.type).toBe('RuntimeError');
    const judged = answer.goals.filter((g) => ['served', 'the same request is sent once', 'a foreign Host is refused'].includes(g.title));
    expect(judged.map((g) => [g.title, g.passed, g.problem])).toEqual(judged.map((g) => [g.title, false, null]));
  });
});
