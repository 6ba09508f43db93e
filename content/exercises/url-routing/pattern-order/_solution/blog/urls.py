from django.urls import path

from . import views

app_name = "blog"
urlpatterns = [
    path("", views.index, name="index"),
    path("feed/", views.feed, name="feed"),
    path("about/", views.about, name="about"),
    path("archive/<int:year>/", views.archive, name="archive"),
    path("<slug:slug>/", views.post_detail, name="post-detail"),  # last: it matches any single word
]
