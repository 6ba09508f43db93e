from django.urls import include, path

from shop import views

urlpatterns = [
    # First, before any catch-all, outside every namespace: what nginx and the load balancer call.
    path("healthz/", views.healthz, name="healthz"),
    path("", views.home, name="home"),
    path("shop/", include("shop.urls")),
    path("<slug:page>/", views.page, name="page"),  # the site's own pages: /about/, /delivery/...
]
