"""Write urls-case inputs for the contrib apps' URLconfs: the admin site's URLs (with the admin
installed, and without it: LookupError), flatpages, admindocs and sitemaps included in a
project's URLconf, and what resolve() and reverse() make of them.

    python3 tools/oracle/generators/templates_urls.py
    python3 tools/oracle/record.py --out tools/oracle/cases tools/oracle/inputs/urls/templates-*.json
"""

import json
import os

OUT = os.path.join(os.path.dirname(__file__), "..", "inputs", "urls")

# The admin with what it needs. django.contrib.auth registers its User and Group with the admin,
# which gives the site auth/user/, auth/group/ and an app index for auth: the cases leave those
# URLs alone (the mini Django's auth app has no models to register).
ADMIN_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
]

URLS_HEAD = "from django.contrib import admin\nfrom django.urls import include, path\n\n"

CASES = {}


def case(slug, description, urls, settings=None, resolve=(), reverse=(), files=None):
    CASES[slug] = {
        "kind": "urls",
        "description": description,
        "files": {"mysite/__init__.py": "", "mysite/urls.py": urls, **(files or {})},
        "root_urlconf": "mysite.urls",
        "settings": settings or {},
        "resolve": [{"path": p} for p in resolve],
        "reverse": list(reverse),
    }


ADMIN_URLS = URLS_HEAD + 'urlpatterns = [\n    path("admin/", admin.site.urls),\n]\n'

case("admin-not-installed", "admin.site.urls without django.contrib.admin installed: the default site cannot be made.",
     ADMIN_URLS, resolve=["/admin/"], reverse=[{"viewname": "admin:index"}])

case("admin-site-urls", "The admin site's URLs: index, login, logout, password change, "
     "view on site, the catch-all.", ADMIN_URLS, settings={"INSTALLED_APPS": ADMIN_APPS},
     resolve=["/admin/", "/admin/login/", "/admin/logout/", "/admin/password_change/", "/admin/password_change/done/",
              "/admin/autocomplete/", "/admin/jsi18n/", "/admin/r/12/abc/", "/admin/r/1/2/3/", "/admin/anything/else",
              "/admin", "/other/", "/admin/login"],
     reverse=[{"viewname": "admin:index"}, {"viewname": "admin:login"}, {"viewname": "admin:logout"},
              {"viewname": "admin:password_change"}, {"viewname": "admin:password_change_done"},
              {"viewname": "admin:jsi18n"}, {"viewname": "admin:autocomplete"},
              {"viewname": "admin:view_on_site", "args": [3, "x/y"]},
              {"viewname": "admin:view_on_site", "kwargs": {"content_type_id": 1, "object_id": 2}},
              {"viewname": "index"}])

case("admin-no-catch-all", "A custom AdminSite without the final catch-all view, as the default site.",
     ADMIN_URLS, settings={"INSTALLED_APPS": ["mysite.apps.SiteAdminConfig", *ADMIN_APPS[1:]]},
     files={"mysite/apps.py": "from django.contrib.admin.apps import AdminConfig\n\n\n"
                              "class SiteAdminConfig(AdminConfig):\n    default_site = \"mysite.admin_site.SiteAdmin\"\n",
            "mysite/admin_site.py": "from django.contrib import admin\n\n\nclass SiteAdmin(admin.AdminSite):\n"
                                    "    final_catch_all_view = False\n    site_header = \"My site\"\n"},
     resolve=["/admin/", "/admin/login/"], reverse=[{"viewname": "admin:index"}])

case("admin-two-sites", "Two admin sites with their own namespaces.",
     URLS_HEAD + 'staff = admin.AdminSite(name="staff")\n\nurlpatterns = [\n    path("admin/", admin.site.urls),\n'
     '    path("staff/", staff.urls),\n]\n', settings={"INSTALLED_APPS": ADMIN_APPS},
     resolve=["/staff/", "/staff/login/", "/admin/"],
     reverse=[{"viewname": "staff:index"}, {"viewname": "admin:index"}, {"viewname": "staff:login"}])

case("admin-site-instance-not-installed", "An AdminSite made by hand, without the admin app (nor contenttypes) installed: "
     "its URLs need the content types' view, whose model is not installed.",
     URLS_HEAD + 'site = admin.AdminSite(name="mine")\n\nurlpatterns = [\n    path("manage/", site.urls),\n]\n',
     resolve=["/manage/", "/manage/nope/"], reverse=[{"viewname": "mine:index"}])

case("admin-site-instance-contenttypes", "An AdminSite made by hand, with contenttypes installed but not the admin.",
     URLS_HEAD + 'site = admin.AdminSite(name="mine")\n\nurlpatterns = [\n    path("manage/", site.urls),\n]\n',
     settings={"INSTALLED_APPS": ["django.contrib.contenttypes"]},
     resolve=["/manage/", "/manage/nope/", "/manage/login/"], reverse=[{"viewname": "mine:index"}])

case("contrib-models-not-installed", "Importing a contrib app's models without the app installed.",
     "from django.urls import path\n\nfrom mysite import views\n\nurlpatterns = [\n    path(\"\", views.home),\n]\n",
     files={"mysite/views.py": "from django.contrib.sites.models import Site\n\n\ndef home(request):\n    return None\n"},
     resolve=["/"])

case("contrib-models-installed-dependency-missing", "flatpages installed without sites: its models import Site's.",
     "from django.urls import include, path\n\nurlpatterns = [\n    path(\"pages/\", include(\"django.contrib.flatpages.urls\")),\n]\n",
     settings={"INSTALLED_APPS": ["django.contrib.flatpages"]}, resolve=["/pages/x/"])

case("admin-nested-include", "The admin's URLs below another prefix, with APPEND_SLASH redirects.",
     URLS_HEAD + 'urlpatterns = [\n    path("backoffice/", include([path("admin/", admin.site.urls)])),\n]\n',
     settings={"INSTALLED_APPS": ADMIN_APPS}, resolve=["/backoffice/admin/", "/backoffice/admin", "/backoffice/"],
     reverse=[{"viewname": "admin:login"}])

case("flatpages-include", "django.contrib.flatpages.urls included under a prefix.",
     URLS_HEAD + 'urlpatterns = [\n    path("pages/", include("django.contrib.flatpages.urls")),\n]\n',
     settings={"INSTALLED_APPS": ["django.contrib.sites", "django.contrib.flatpages"]},
     resolve=["/pages/about/", "/pages/a/b/c", "/pages/"],
     reverse=[{"viewname": "django.contrib.flatpages.views.flatpage", "kwargs": {"url": "about/"}}])

case("flatpages-catch-all", "The flatpage view as a catch-all pattern, as Django's documentation shows.",
     "from django.contrib.flatpages import views\nfrom django.urls import re_path\n\n"
     'urlpatterns = [\n    re_path(r"^(?P<url>.*/)$", views.flatpage),\n]\n',
     settings={"INSTALLED_APPS": ["django.contrib.sites", "django.contrib.flatpages"]},
     resolve=["/about/", "/about", "/a/b/"])

case("admindocs-include", "django.contrib.admindocs.urls before the admin's URLs.",
     URLS_HEAD + 'urlpatterns = [\n    path("admin/doc/", include("django.contrib.admindocs.urls")),\n'
     '    path("admin/", admin.site.urls),\n]\n', settings={"INSTALLED_APPS": [*ADMIN_APPS, "django.contrib.admindocs"]},
     resolve=["/admin/doc/", "/admin/doc/tags/", "/admin/doc/views/blog.views.index/",
              "/admin/doc/models/auth.user/", "/admin/doc/templates/base.html/", "/admin/doc/nope/"],
     reverse=[{"viewname": "django-admindocs-docroot"}, {"viewname": "django-admindocs-models-detail",
                                                       "kwargs": {"app_label": "auth", "model_name": "user"}},
              {"viewname": "django-admindocs-views-detail", "kwargs": {"view": "a.b"}}])

case("sitemaps-views", "The sitemap views in a URLconf, named as Django's documentation names them.",
     "from django.contrib.sitemaps import GenericSitemap, Sitemap\n"
     "from django.contrib.sitemaps.views import index, sitemap\nfrom django.urls import path\n\n\n"
     "class StaticSitemap(Sitemap):\n    changefreq = \"monthly\"\n\n    def items(self):\n        return [\"home\"]\n\n"
     "    def location(self, item):\n        return \"/\"\n\n\n"
     'sitemaps = {"static": StaticSitemap}\n\nurlpatterns = [\n'
     '    path("sitemap.xml", index, {"sitemaps": sitemaps}, name="sitemap-index"),\n'
     '    path("sitemap-<section>.xml", sitemap, {"sitemaps": sitemaps}, name="django.contrib.sitemaps.views.sitemap"),\n]\n',
     settings={"INSTALLED_APPS": ["django.contrib.sitemaps"]},
     resolve=["/sitemap.xml", "/sitemap-static.xml"],
     reverse=[{"viewname": "django.contrib.sitemaps.views.sitemap", "kwargs": {"section": "static"}},
              {"viewname": "sitemap-index"}])

case("syndication-feed", "A Feed subclass instance as a view.",
     "from django.contrib.syndication.views import Feed\nfrom django.urls import path\n\n\n"
     "class LatestFeed(Feed):\n    title = \"Latest\"\n    link = \"/\"\n\n    def items(self):\n        return []\n\n\n"
     'urlpatterns = [\n    path("feed/", LatestFeed(), name="feed"),\n]\n',
     resolve=["/feed/"], reverse=[{"viewname": "feed"}])


def main():
    os.makedirs(OUT, exist_ok=True)
    for slug, data in CASES.items():
        with open(os.path.join(OUT, f"templates-{slug}.json"), "w", encoding="utf-8") as out:
            json.dump(data, out, indent=2, ensure_ascii=False)
            out.write("\n")
    print(f"{len(CASES)} inputs in {os.path.relpath(OUT)}")


if __name__ == "__main__":
    main()
