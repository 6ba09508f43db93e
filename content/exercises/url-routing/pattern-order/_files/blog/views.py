from django.http import HttpResponse


def index(request):
    return HttpResponse("Latest articles")


def feed(request):
    return HttpResponse("<rss/>", content_type="application/rss+xml")


def about(request):
    return HttpResponse("About this blog")


def archive(request, year):
    return HttpResponse(f"Articles from {year}")


def post_detail(request, slug):
    return HttpResponse(f"The article {slug}")
