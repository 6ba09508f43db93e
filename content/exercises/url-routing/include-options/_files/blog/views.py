from django.http import HttpResponse


def index(request, source):
    return HttpResponse(f"Latest articles ({source})")


def year_archive(request, year, source):
    return HttpResponse(f"Articles from {year} ({source})")
