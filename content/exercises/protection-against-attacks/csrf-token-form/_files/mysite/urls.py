from django.urls import path

from mysite import views

urlpatterns = [
    path("newsletter/", views.newsletter, name="newsletter"),
    path("newsletter/thanks/", views.thanks, name="newsletter-thanks"),
]
