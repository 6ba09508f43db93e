from django.db import connection
from django.shortcuts import render

from shop.models import Tea


def search(request):
    """/search/?q=dragon : published teas whose name contains q."""
    q = request.GET.get("q", "")
    teas = Tea.objects.raw(
        "SELECT * FROM shop_tea WHERE published AND name LIKE '%%%s%%' ORDER BY name" % q
    )
    return render(request, "shop/teas.html", {"teas": [tea.name for tea in teas]})


def by_origin(request):
    """/origin/?country=China : published teas from one country."""
    country = request.GET.get("country", "")
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT name FROM shop_tea WHERE published AND origin = '{country}' ORDER BY name"
        )
        names = [row[0] for row in cursor.fetchall()]
    return render(request, "shop/teas.html", {"teas": names})


def by_kind(request):
    """/kind/?kind=green : published teas of one kind."""
    kind = request.GET.get("kind", "")
    teas = Tea.objects.filter(published=True).extra(where=[f"kind = '{kind}'"]).order_by("name")
    return render(request, "shop/teas.html", {"teas": [tea.name for tea in teas]})
