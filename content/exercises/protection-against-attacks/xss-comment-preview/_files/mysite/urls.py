from django.urls import path

from mysite import views

urlpatterns = [
    path("comments/preview/", views.preview, name="comment-preview"),
]
