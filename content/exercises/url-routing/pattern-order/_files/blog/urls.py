from django.urls import path, re_path

from . import views

app_name = "blog"
urlpatterns = [
    path("", views.index, name="index"),
    path("<slug:slug>/", views.post_detail, name="post-detail"),
    path("feed/", views.feed, name="feed"),
    path("/about/", views.about, name="about"),
    re_path(r"^archive/(?P<year>[0-9]{4})", views.archive, name="archive"),
]
