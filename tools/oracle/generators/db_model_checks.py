"""Inputs for settings cases (a deploy check) of projects with a models.py: the model checks
real Django reports (fields.*, models.*), next to the security ones.

    python3 tools/oracle/generators/db_model_checks.py   # writes tools/oracle/inputs/settings/db-*.json
"""

import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "inputs", "settings")

SETTINGS = '''SECRET_KEY = "db-model-checks-0123456789-abcdefghijklmnopqrstuvwxyz-ABCDEFGHIJ"
DEBUG = False
ALLOWED_HOSTS = ["shop.example.com"]
INSTALLED_APPS = ["django.contrib.contenttypes", "django.contrib.auth", "shop"]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": "db.sqlite3"}}
ROOT_URLCONF = "mysite.urls"
'''

HEAD = "from django.db import models\n\n\n"

MODELS = {
    "good": HEAD + '''class Category(models.Model):
    name = models.CharField(max_length=50, unique=True)


class Product(models.Model):
    name = models.CharField(max_length=100)
    price = models.DecimalField(max_digits=8, decimal_places=2)
    category = models.ForeignKey(Category, on_delete=models.CASCADE, null=True, related_name="products")

    class Meta:
        ordering = ["-price", "category__name"]
''',
    "decimal": HEAD + '''class Product(models.Model):
    price = models.DecimalField()
    cost = models.DecimalField(max_digits=2, decimal_places=3)
    tax = models.DecimalField(max_digits=0, decimal_places=-1)
    stock = models.IntegerField(max_length=3)
''',
    "names": HEAD + '''class Product(models.Model):
    name_ = models.CharField(max_length=10)
    a__b = models.CharField(max_length=0)
    id = models.IntegerField()
    kind = models.CharField(max_length=3, choices="ab")
''',
    "relations": HEAD + '''class Category(models.Model):
    name = models.CharField(max_length=50)


class Product(models.Model):
    category = models.ForeignKey(Category, on_delete=models.SET_NULL)
    brand = models.ForeignKey("Brand", on_delete=models.CASCADE)
    maker = models.ForeignKey("elsewhere.Maker", on_delete=models.SET_DEFAULT)
''',
    "ordering": HEAD + '''class Category(models.Model):
    name = models.CharField(max_length=50)

    class Meta:
        ordering = ["colour", "-name", "?", "pk", "products__nope", "products__stock"]


class Product(models.Model):
    stock = models.IntegerField()
    category = models.ForeignKey(Category, on_delete=models.CASCADE, related_name="products")

    class Meta:
        ordering = ["category__name", "category__title", "stock__gt"]
''',
    "char-without-length": HEAD + '''class Note(models.Model):
    title = models.CharField()
    body = models.TextField(max_length=10)
''',
}


def main():
    os.makedirs(OUT, exist_ok=True)
    for slug, models in MODELS.items():
        case = {
            "kind": "settings",
            "description": f"A deploy check of a project whose app has a models.py ({slug}).",
            "files": {"mysite/__init__.py": "", "mysite/settings.py": SETTINGS, "mysite/urls.py": "urlpatterns = []\n",
                      "shop/__init__.py": "", "shop/models.py": models},
            "settings_module": "mysite.settings",
            "env": {},
            "deploy": True,
            "scope": ["fields.", "models.", "security.", "staticfiles.", "caches.", "urls."],
        }
        with open(os.path.join(OUT, f"db-models-{slug}.json"), "w", encoding="utf-8") as out:
            json.dump(case, out, ensure_ascii=False, indent=2)
            out.write("\n")
    print(f"{len(MODELS)} settings inputs in {OUT}")


if __name__ == "__main__":
    main()
