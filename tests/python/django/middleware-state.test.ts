/**
 * The middleware that keeps state between requests (sessions in signed cookies, CSRF, the
 * anonymous user, messages) as the request panel shows them: each decision a reader should see
 * is a step of the trace, naming the setting that made it, at that setting's line. If this
 * broke, the panel would show a 403 or a Set-Cookie without saying why, or point at the wrong
 * line of settings.py. (What the responses themselves are is checked against real Django by
 * the recorded cases: tools/oracle/cases/python/mws-*.json and the http corpus.)
 */
import { describe, expect, it } from 'vitest';
import type { HttpRequestLine, RequestAnswer, TraceStep } from '../../../src/engine/protocol';
import { useEngine } from '../../support/engine';

const engine = useEngine();

function settings(extra = ''): string {
  return `SECRET_KEY = 'k7#Qx!v2Lr9@Wm4$Tz8^Nc1&Hb6*Jd3(Pf5)Gs0-Ya=Ue+Ri_Xo-case'
DEBUG = False
ALLOWED_HOSTS = ['shop.example.com']
INSTALLED_APPS = ['django.contrib.contenttypes', 'django.contrib.auth', 'django.contrib.sessions', 'django.contrib.messages']
MIDDLEWARE = [
    'django.contrib.sessions.middleware.SessionMiddleware',
    'django.middleware.csrf.CsrfViewMiddleware',
    'django.contrib.auth.middleware.AuthenticationMiddleware',
    'django.contrib.messages.middleware.MessageMiddleware',
]
ROOT_URLCONF = 'mysite.urls'
SESSION_ENGINE = 'django.contrib.sessions.backends.signed_cookies'
MESSAGE_STORAGE = 'django.contrib.messages.storage.cookie.CookieStorage'
${extra}`;
}

const VIEWS = `from django.contrib import messages
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.views.decorators.csrf import csrf_exempt


def form(request):
    return HttpResponse('<input name="csrfmiddlewaretoken" value="%s">' % get_token(request))


def submit(request):
    return HttpResponse("saved")


@csrf_exempt
def hook(request):
    return HttpResponse("hooked")


def remember(request):
    request.session["seen"] = request.session.get("seen", 0) + 1
    return HttpResponse("visit %d" % request.session["seen"])


def forget(request):
    request.session.flush()
    return HttpResponse("forgotten")


def who(request):
    return HttpResponse("authenticated: %s" % request.user.is_authenticated)


def note(request):
    messages.success(request, "Saved.")
    return HttpResponse("noted")


def show(request):
    return HttpResponse(",".join(str(m) for m in messages.get_messages(request)))
`;

const URLS = `from django.urls import path
from . import views

urlpatterns = [path(name + "/", getattr(views, name)) for name in ("form", "submit", "hook", "remember", "forget", "who", "note", "show")]
`;

function send(requests: HttpRequestLine[], extraSettings = '', jar?: Record<string, string>): Promise<RequestAnswer> {
  const files = { 'mysite/__init__.py': '', 'mysite/settings.py': settings(extraSettings), 'mysite/views.py': VIEWS, 'mysite/urls.py': URLS };
  return engine.client.call({ op: 'request', files, settings_module: 'mysite.settings', requests, jar });
}

const get = (url: string): HttpRequestLine => ({ method: 'GET', url });
const post = (url: string, body: string, headers: Record<string, string> = {}): HttpRequestLine => ({
  method: 'POST',
  url,
  body,
  headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
});

function steps(answer: RequestAnswer, index: number, actor?: string): TraceStep[] {
  return answer.responses[index]!.trace.filter((step) => actor === undefined || step.actor === actor);
}

describe('CsrfViewMiddleware in the trace', () => {
  it('says why a POST without the cookie is refused', async () => {
    const answer = await send([post('http://shop.example.com/submit/', 'title=x')]);
    expect(answer.responses[0]!.status).toBe(403);
    expect(steps(answer, 0, 'CsrfViewMiddleware')[0]).toMatchObject({ text: '403: CSRF cookie not set.', setting: null });
  });

  it('names CSRF_TRUSTED_ORIGINS, at its line, when an Origin is refused or trusted', async () => {
    const answer = await send(
      [
        get('https://shop.example.com/form/'),
        post('https://shop.example.com/submit/', 'csrfmiddlewaretoken={csrftoken}', { Origin: 'https://evil.example' }),
        post('https://shop.example.com/submit/', 'csrfmiddlewaretoken={csrftoken}', { Origin: 'https://blog.example.com' }),
      ],
      "CSRF_TRUSTED_ORIGINS = ['https://blog.example.com']\n",
    );
    const [refused] = steps(answer, 1, 'CsrfViewMiddleware');
    expect(refused).toMatchObject({
      text: '403: Origin checking failed - https://evil.example does not match any trusted origins.',
      setting: 'CSRF_TRUSTED_ORIGINS',
      location: { file: 'mysite/settings.py', line: 14 },
    });
    expect(steps(answer, 2, 'CsrfViewMiddleware').map((s) => [s.text, s.setting])).toEqual([
      ['Origin https://blog.example.com is trusted (CSRF_TRUSTED_ORIGINS)', 'CSRF_TRUSTED_ORIGINS'],
      ['POST accepted: its CSRF token matches the secret', null],
    ]);
  });

  it('says the csrftoken cookie was set, and whether CSRF_COOKIE_SECURE keeps it off plain http', async () => {
    const plain = await send([get('http://shop.example.com/form/')]);
    expect(steps(plain, 0, 'CsrfViewMiddleware').map((s) => [s.text, s.setting])).toEqual([
      ['csrftoken cookie set (CSRF_COOKIE_SECURE = False: also sent over plain http)', 'CSRF_COOKIE_SECURE'],
      ["csrftoken cookie not HttpOnly: the page's scripts can read it (CSRF_COOKIE_HTTPONLY = False)", 'CSRF_COOKIE_HTTPONLY'],
    ]);
    const secure = await send([get('https://shop.example.com/form/')], 'CSRF_COOKIE_SECURE = True\n');
    const [step] = steps(secure, 0, 'CsrfViewMiddleware');
    expect(step).toMatchObject({ text: 'csrftoken cookie set, Secure: sent over https only (CSRF_COOKIE_SECURE = True)', location: { line: 14 } });
  });

  it('says a csrf_exempt view took a POST unchecked', async () => {
    const answer = await send([post('http://shop.example.com/hook/', 'a=1')]);
    expect(answer.responses[0]!.body).toBe('hooked');
    expect(steps(answer, 0, 'CsrfViewMiddleware').map((s) => s.text)).toEqual(['POST not checked: the view is csrf_exempt']);
  });

  it('takes back the token get_token() gave, from the form field or the X-CSRFToken header', async () => {
    const answer = await send([
      get('http://shop.example.com/form/'),
      post('http://shop.example.com/submit/', 'csrfmiddlewaretoken={csrftoken}'),
      post('http://shop.example.com/submit/', '', { 'X-CSRFToken': '{csrftoken}' }),
    ]);
    expect(answer.responses.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(answer.jar.csrftoken).toMatch(/^[A-Za-z0-9]{32}$/);
  });
});

describe('SessionMiddleware, AuthenticationMiddleware and MessageMiddleware in the trace', () => {
  it('says the session cookie was set with its flags, and deleted once the session is empty', async () => {
    const answer = await send([get('http://shop.example.com/remember/'), get('http://shop.example.com/remember/'), get('http://shop.example.com/forget/')]);
    expect(answer.responses.map((r) => r.body)).toEqual(['visit 1', 'visit 2', 'forgotten']);
    expect(steps(answer, 0, 'SessionMiddleware').map((s) => [s.text, s.setting])).toEqual([
      ['sessionid cookie set (SESSION_COOKIE_SECURE = False: also sent over plain http)', 'SESSION_COOKIE_SECURE'],
      ['sessionid cookie HttpOnly: scripts cannot read it (SESSION_COOKIE_HTTPONLY = True)', 'SESSION_COOKIE_HTTPONLY'],
    ]);
    expect(steps(answer, 2, 'SessionMiddleware').map((s) => s.text)).toEqual(['sessionid cookie deleted: the session is empty']);
    expect(answer.jar).toEqual({});
  });

  it('says request.user is anonymous when a view asks', async () => {
    const answer = await send([get('http://shop.example.com/who/')]);
    expect(answer.responses[0]!.body).toBe('authenticated: False');
    expect(steps(answer, 0, 'AuthenticationMiddleware').map((s) => s.text)).toEqual(['request.user is AnonymousUser: nobody is logged in']);
  });

  it('keeps a message in the messages cookie for the next page, which shows it', async () => {
    const answer = await send([get('http://shop.example.com/note/'), get('http://shop.example.com/show/'), get('http://shop.example.com/show/')]);
    expect(answer.responses.map((r) => r.body)).toEqual(['noted', 'Saved.', '']);
    expect(steps(answer, 0, 'MessageMiddleware').map((s) => s.text)).toEqual(['messages cookie set: messages kept for the next page']);
    expect(answer.jar).toEqual({});
  });

  it('explains, instead of crashing, that sessions kept in a database are not available', async () => {
    const answer = await send([get('http://shop.example.com/remember/')], "SESSION_ENGINE = 'django.contrib.sessions.backends.db'\n");
    expect(answer.responses[0]!.status).toBe(500);
    expect(answer.responses[0]!.trace.map((s) => s.text).join('\n')).toContain('NotImplementedError');
  });
});
