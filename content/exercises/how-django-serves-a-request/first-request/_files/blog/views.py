from django.http import HttpResponse


def year_archive(request, year):
    return HttpResponse(f"Articles from {year}")
