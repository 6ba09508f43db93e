from django.contrib.admindocs import views
from django.urls import path, re_path

# (route, view, name) of each documentation page; the model page's route is a regex.
_PAGES = [
    ("", views.BaseAdminDocsView.as_view(template_name="admin_doc/index.html"), "django-admindocs-docroot"),
    ("bookmarklets/", views.BookmarkletsView.as_view(), "django-admindocs-bookmarklets"),
    ("tags/", views.TemplateTagIndexView.as_view(), "django-admindocs-tags"),
    ("filters/", views.TemplateFilterIndexView.as_view(), "django-admindocs-filters"),
    ("views/", views.ViewIndexView.as_view(), "django-admindocs-views-index"),
    ("views/<view>/", views.ViewDetailView.as_view(), "django-admindocs-views-detail"),
    ("models/", views.ModelIndexView.as_view(), "django-admindocs-models-index"),
    (r"^models/(?P<app_label>[^.]+)\.(?P<model_name>[^/]+)/$", views.ModelDetailView.as_view(),
     "django-admindocs-models-detail"),
    ("templates/<path:template>/", views.TemplateDetailView.as_view(), "django-admindocs-templates"),
]

urlpatterns = [(re_path if route.startswith("^") else path)(route, view, name=name) for route, view, name in _PAGES]
