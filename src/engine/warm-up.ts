/**
 * Requests run before the build-time snapshot is taken (build/snapshot.ts), so that every
 * module a reader's first check or request needs (Django's checks, the contrib apps, the URL
 * resolver, the request cycle and its middleware) is imported in every engine that restores it,
 * before any call's time limit runs. Their projects are ordinary startproject-style files.
 */
import type { EngineRequest } from './protocol';

const settings = `from pathlib import Path
import os

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
DEBUG = os.environ.get("DJANGO_DEBUG", "") == "1"
ALLOWED_HOSTS = ["example.com"]
INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]
ROOT_URLCONF = "mysite.urls"
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {"context_processors": ["django.template.context_processors.request"]},
    },
]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": BASE_DIR / "db.sqlite3"}}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
CSRF_TRUSTED_ORIGINS = ["https://example.com"]
`;

const urls = `from django.urls import include, path, re_path
from django.views.generic import TemplateView

from . import views

urlpatterns = [
    path("", views.home, name="home"),
    path("articles/<int:year>/<slug:slug>/", views.article, name="article"),
    re_path(r"^archive/(?P<year>[0-9]{4})/$", views.archive, name="archive"),
    path("about/", TemplateView.as_view(template_name="about.html"), name="about"),
]
`;

const views = `from django.http import HttpResponse
from django.shortcuts import redirect, render


def home(request):
    return HttpResponse("home")


def article(request, year, slug):
    return HttpResponse(slug)


def archive(request, year):
    return HttpResponse(year)
`;

const files = { 'mysite/__init__.py': '', 'mysite/settings.py': settings, 'mysite/urls.py': urls, 'mysite/views.py': views };

const nginxConf = `events {}
http {
    upstream app { least_conn; server 127.0.0.1:8001; server 127.0.0.1:8002 backup; }
    server {
        listen 80;
        server_name example.com;
        location /static/ { alias /srv/static/; }
        location / { proxy_pass http://app; proxy_set_header Host $host; }
    }
}
`;

const WARM_UP_SECRET_KEY = 'warm-up-only-0123456789abcdefghijklmnopqrstuvwxyz-not-a-real-key';

export const WARM_UP_REQUESTS: EngineRequest[] = [
  { op: 'ping' },
  { op: 'check', files, settings_module: 'mysite.settings', deploy: true, env: {} },
  {
    op: 'urls',
    files,
    root_urlconf: 'mysite.urls',
    settings: {},
    resolve: ['/articles/2024/hello/', '/missing'],
    reverse: [{ viewname: 'article', kwargs: { year: 2024, slug: 'hello' } }],
  },
  // A reader's first send from the request panel: the handler, the startproject middleware, a
  // 404 (the error views, the template loaders) and, with DEBUG, the technical 404 page. With a
  // secret key: without one every middleware's answer is a 500 page, rendered once per layer
  // (a second of start-up in the browser).
  {
    op: 'request',
    files,
    settings_module: 'mysite.settings',
    env: { DJANGO_SECRET_KEY: WARM_UP_SECRET_KEY },
    requests: [{ method: 'GET', url: 'https://example.com/' }, { method: 'GET', url: 'https://example.com/missing/' }],
  },
  {
    op: 'request',
    files,
    settings_module: 'mysite.settings',
    env: { DJANGO_DEBUG: '1', DJANGO_SECRET_KEY: WARM_UP_SECRET_KEY },
    requests: [{ method: 'POST', url: 'http://example.com/missing/', body: 'a=1', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }],
  },
  { op: 'nginx', files: { 'nginx.conf': nginxConf } },
  { op: 'balance', upstream: 'ip_hash;\nserver 127.0.0.1:8001;\nserver 127.0.0.1:8002;', requests: [{ client: '127.0.0.1' }] },
];
