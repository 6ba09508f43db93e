from django.urls import include, path

urlpatterns = [
    path("blog/", include("blog.urls", {"source": "main"})),
    path("partners/blog/", include("blog.urls", {"source": "partners"})),
]
