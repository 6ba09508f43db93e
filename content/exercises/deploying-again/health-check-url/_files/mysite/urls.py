from django.urls import include, path

from shop import views

urlpatterns = [
    path("", views.home, name="home"),
    path("shop/", include("shop.urls")),
    path("<slug:page>/", views.page, name="page"),  # the site's own pages: /about/, /delivery/...
]
