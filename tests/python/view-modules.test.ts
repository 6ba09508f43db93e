/**
 * The URL checks import the URLconf and, through it, the project's views: a views module
 * written as Django's tutorials write it must import, or a correct project fails its check.
 */
import { describe, expect, it } from 'vitest';
import { useEngine } from '../support/engine';

const settings = `SECRET_KEY = "r8#Lq!2vZ@k5^wN9&xT4*pC7(mB1)hG6-jD3=sF0_yK%eU+aQ~"
ROOT_URLCONF = "mysite.urls"
INSTALLED_APPS = ["django.contrib.admin", "django.contrib.auth", "django.contrib.contenttypes",
                  "django.contrib.sessions", "django.contrib.messages", "django.contrib.staticfiles"]
# What the admin needs besides its apps (real Django's admin.E403 and E408-E410 otherwise).
MIDDLEWARE = ["django.contrib.sessions.middleware.SessionMiddleware",
              "django.contrib.auth.middleware.AuthenticationMiddleware",
              "django.contrib.messages.middleware.MessageMiddleware"]
TEMPLATES = [{"BACKEND": "django.template.backends.django.DjangoTemplates", "APP_DIRS": True,
              "OPTIONS": {"context_processors": ["django.template.context_processors.request",
                                                 "django.contrib.auth.context_processors.auth",
                                                 "django.contrib.messages.context_processors.messages"]}}]
`;

const urls = `from django.contrib import admin
from django.urls import path
from django.views.decorators.cache import cache_page

from . import views

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", cache_page(60 * 15)(views.home), name="home"),
    path("about/", views.AboutView.as_view(), name="about"),
    path("contact/", views.contact, name="contact"),
    path("old/", views.OldView.as_view(), name="old"),
]
`;

const views = `from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods
from django.views.generic import RedirectView, TemplateView


def home(request):
    return render(request, "home.html", {})


@method_decorator(login_required, name="dispatch")
class AboutView(TemplateView):
    template_name = "about.html"


@csrf_exempt
@require_http_methods(["GET", "POST"])
def contact(request):
    messages.success(request, "Sent")
    return redirect("home")


class OldView(LoginRequiredMixin, RedirectView):
    pattern_name = "about"
`;

// Views as a deployment chapter writes them: JSON, files, streaming, caching headers, CSRF, and
// the redirects and access mixins of an account area.
const apiUrls = `from django.urls import path

from . import views

urlpatterns = [
    path("api/", views.api, name="api"),
    path("report/", views.report, name="report"),
    path("events/", views.events, name="events"),
    path("account/", views.AccountView.as_view(), name="account"),
    path("orders/", views.OrderView.as_view(), name="orders"),
    path("legacy/", views.LegacyView.as_view(url="/nouveauté/"), name="legacy"),
    path("contact/", views.ContactView.as_view(), name="contact"),
]
`;

const apiViews = `import io

from django.contrib.auth.decorators import permission_required
from django.contrib.auth.mixins import LoginRequiredMixin, PermissionRequiredMixin
from django.contrib.messages.views import SuccessMessageMixin
from django.http import FileResponse, HttpResponse, JsonResponse, StreamingHttpResponse
from django.shortcuts import redirect
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.csrf import csrf_protect, ensure_csrf_cookie
from django.views.decorators.http import require_GET, require_POST
from django.views.generic import RedirectView, TemplateView


@require_GET
@cache_control(max_age=60, public=True)
def api(request):
    return JsonResponse({"status": "ok"})


@permission_required("shop.view_report", raise_exception=True)
def report(request):
    return FileResponse(io.BytesIO(b"a,b\\n"), as_attachment=True, filename="report.csv")


@require_POST
@csrf_protect
def events(request):
    return StreamingHttpResponse(iter(["data: 1\\n\\n"]), content_type="text/event-stream")


@method_decorator(never_cache, name="dispatch")
class AccountView(LoginRequiredMixin, TemplateView):
    template_name = "account.html"


class OrderView(PermissionRequiredMixin, View):
    permission_required = "shop.view_order"

    def get(self, request):
        return redirect("/commandes/été/")


class LegacyView(RedirectView):
    permanent = True


@method_decorator(ensure_csrf_cookie, name="dispatch")
class ContactView(SuccessMessageMixin, TemplateView):
    template_name = "contact.html"
    success_message = "Thanks, %(name)s!"
`;

describe('view modules', () => {
  // The first check imports every module these views need: allow for a slow, busy machine.
  const engine = useEngine({ timeLimitMs: 20_000 });

  it('imports a views module that uses shortcuts, auth and cache decorators, and class-based views', async () => {
    const result = await engine.check(
      { 'mysite/settings.py': settings, 'mysite/urls.py': urls, 'mysite/views.py': views },
      { deploy: false },
    );
    expect(result.error).toBeNull();
    expect(result.messages.filter((message) => !message.id.startsWith('course.'))).toEqual([]);
  });

  it('imports views built on responses, files, streaming, cache and CSRF decorators, and access mixins', async () => {
    const result = await engine.check(
      { 'mysite/settings.py': settings, 'mysite/urls.py': apiUrls, 'mysite/views.py': apiViews },
      { deploy: false },
    );
    expect(result.error).toBeNull();
    expect(result.messages.filter((message) => !message.id.startsWith('course.'))).toEqual([]);
  });
});
