"""Inputs for db cases (kind "db", ../../../shared/conformance/db/README.md): querysets, lookups,
expressions, raw SQL and the SQL injection classics over the shop project of the shared corpus.

    python3 tools/oracle/generators/db_queries.py   # writes tools/oracle/inputs/db/db-*.json
    python3 tools/oracle/record.py --out tools/oracle/cases tools/oracle/inputs/db
"""

import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "inputs", "db")

MODELS = '''from django.db import models


class Category(models.Model):
    name = models.CharField(max_length=50, unique=True)

    def __str__(self):
        return self.name


class Product(models.Model):
    name = models.CharField(max_length=100)
    description = models.TextField(blank=True)
    price = models.DecimalField(max_digits=8, decimal_places=2)
    stock = models.IntegerField(default=0)
    hidden = models.BooleanField(default=False)
    added = models.DateTimeField(null=True)
    category = models.ForeignKey(Category, on_delete=models.CASCADE, null=True, related_name="products")

    class Meta:
        ordering = ["id"]

    def __str__(self):
        return self.name


class Review(models.Model):
    product = models.ForeignKey(Product, on_delete=models.CASCADE)
    author = models.CharField(max_length=50)
    stars = models.IntegerField()
    text = models.TextField()
'''

ROWS = {
    "shop.Category": [{"name": "tea"}, {"name": "coffee"}],
    "shop.Product": [
        {"name": "Green tea", "description": "Sencha from Shizuoka", "price": "4.50", "stock": 12, "category_id": 1,
         "added": "2026-01-05 10:00:00"},
        {"name": "Black tea", "description": "Assam, strong", "price": "3.20", "stock": 0, "category_id": 1,
         "added": "2026-02-11 09:30:00"},
        {"name": "Espresso beans", "description": "Dark roast", "price": "9.90", "stock": 5, "category_id": 2,
         "added": "2026-03-01 08:00:00"},
        {"name": "Decaf", "description": "Swiss water process", "price": "8.40", "stock": 3, "category_id": 2},
        {"name": "Staff-only sample", "description": "not for sale", "price": "0.00", "stock": 1, "hidden": True,
         "category_id": 2},
        {"name": "100% Arabica", "description": "single origin", "price": "11.00", "stock": 7, "category_id": 2},
        {"name": "Mystery box", "description": "", "price": "5.00", "stock": 2},
    ],
    "shop.Review": [
        {"product_id": 1, "author": "ann", "stars": 5, "text": "lovely"},
        {"product_id": 1, "author": "bob", "stars": 3, "text": "ok"},
        {"product_id": 3, "author": "ann", "stars": 4, "text": "strong <b>bold</b>"},
    ],
    "auth.User": [
        {"username": "admin", "password": "pbkdf2_sha256$1000000$salt$hash=", "is_staff": True,
         "email": "admin@shop.example.com"},
        {"username": "mallory", "password": "md5$x$y", "email": "m@evil.example"},
    ],
}

SETUP = ("from shop.models import Category, Product, Review\nfrom django.contrib.auth.models import User\n"
         "from django.db import connection, transaction\nfrom django.db.models import Q, F, Count, Sum, Avg, Max, Min, Value\n"
         "from django.db.models.expressions import RawSQL\n")

P = "Product.objects"
NAMES = "values_list('name', flat=True)"

# (slug, description, [code, ...])
CASES = [
    ("all-repr", "repr of a queryset of models.", [f"{P}.all()", "Category.objects.all()"]),
    ("filter-exact", "exact on a CharField, an IntegerField and a BooleanField.",
     [f"list({P}.filter(name='Decaf').{NAMES})", f"list({P}.filter(stock=5).{NAMES})", f"list({P}.filter(hidden=True).{NAMES})"]),
    ("filter-iexact", "iexact.", [f"list({P}.filter(name__iexact='decaf').{NAMES})", f"list({P}.filter(name__iexact='DE_AF').{NAMES})"]),
    ("filter-comparisons", "gt, gte, lt, lte on integers and decimals.",
     [f"list({P}.filter(stock__gte=5).{NAMES})", f"list({P}.filter(stock__lt=3).{NAMES})",
      f"list({P}.filter(price__lte='4.50').{NAMES})", f"list({P}.filter(price__gt=8.4).{NAMES})"]),
    ("filter-in-strings", "in with strings and duplicates.", [f"list({P}.filter(name__in=['Decaf', 'Decaf', 'Nope']).{NAMES})"]),
    ("filter-in-none", "in with None in the list.", [f"list({P}.filter(id__in=[1, None]).{NAMES})"]),
    ("filter-none", "exact None is IS NULL.", [f"list({P}.filter(category=None).{NAMES})", f"list({P}.filter(added__isnull=True).{NAMES})"]),
    ("exclude-none", "exclude isnull.", [f"list({P}.exclude(added__isnull=True).{NAMES})"]),
    ("exclude-nullable", "exclude on a nullable field adds IS NOT NULL.", [f"list({P}.exclude(added='2026-01-05 10:00:00').{NAMES})"]),
    ("exclude-two", "exclude with two conditions.", [f"list({P}.exclude(stock=0, hidden=False).{NAMES})"]),
    ("filter-fk-id", "filter on a foreign key by id, by pk and by instance.",
     [f"list({P}.filter(category=2).{NAMES})", f"list({P}.filter(category__id=1).{NAMES})",
      f"list({P}.filter(category__pk=1).{NAMES})", f"c = Category.objects.get(name='tea')\nlist({P}.filter(category=c).{NAMES})"]),
    ("filter-fk-name", "across a foreign key, and icontains there.", [f"list({P}.filter(category__name__icontains='OFF').{NAMES})"]),
    ("filter-reverse", "across a reverse relation.", [f"list(Category.objects.filter(products__stock=0).values_list('name', flat=True))"]),
    ("filter-reverse-distinct", "a reverse relation repeats rows; distinct() removes them.",
     [f"list(Category.objects.filter(products__stock__gt=0).values_list('name', flat=True))",
      f"list(Category.objects.filter(products__stock__gt=0).distinct().order_by('name').values_list('name', flat=True))"]),
    ("q-or-and", "Q with | and & mixed.", [f"list({P}.filter(Q(stock=0) | Q(stock__gt=6) & Q(hidden=False)).{NAMES})"]),
    ("q-or-join", "an OR with a join on one side makes it LEFT OUTER.", [f"list({P}.filter(Q(category__name='tea') | Q(stock=2)).{NAMES})"]),
    ("q-negated-or", "~(Q | Q).", [f"list({P}.filter(~(Q(stock=0) | Q(hidden=True))).{NAMES})"]),
    ("q-empty-in-or", "an empty in inside an OR drops out.", [f"list({P}.filter(Q(id__in=[]) | Q(stock=0)).{NAMES})"]),
    ("exclude-empty-in", "exclude with an empty in matches everything.", [f"{P}.exclude(id__in=[]).count()"]),
    ("filter-f", "F compares two columns.", [f"list({P}.filter(stock__gt=F('id')).{NAMES})"]),
    ("f-arithmetic", "F arithmetic in update and in a filter.",
     [f"{P}.filter(pk=1).update(stock=F('stock') * 2 - 1)", f"list({P}.filter(stock__gt=F('id') + 10).values_list('name', 'stock'))"]),
    ("update-plain", "update() with values, without joins.", [f"{P}.filter(stock=0).update(stock=4, hidden=True)", f"{P}.filter(hidden=True).count()"]),
    ("update-none", "update() setting NULL.", [f"{P}.filter(pk=2).update(added=None, category=None)", f"list({P}.filter(category__isnull=True).{NAMES})"]),
    ("update-nothing", "update() with an empty in runs nothing.", [f"{P}.filter(id__in=[]).update(stock=1)"]),
    ("order-by", "order_by ascending, descending, two keys.",
     [f"list({P}.order_by('-price').{NAMES})", f"list({P}.order_by('category__name', '-stock').{NAMES})"]),
    ("order-by-model-mode", "order_by on model instances.", [f"[p.name for p in {P}.order_by('stock')[:3]]"]),
    ("order-reverse", "reverse() of the default ordering.", [f"list({P}.reverse().{NAMES})[:2]"]),
    ("slice", "slices become LIMIT and OFFSET.", [f"list({P}.all()[2:4].{NAMES})", f"list({P}.all()[5:].{NAMES})", f"{P}.all()[1].name"]),
    ("values-all", "values() with no names.", [f"list(Category.objects.values())"]),
    ("values-fk", "values() of a foreign key.", [f"list({P}.filter(pk__in=[1, 7]).values('name', 'category'))",
                                                 f"list({P}.filter(pk=1).values('category_id', 'category__name'))"]),
    ("values-list-tuple", "values_list() of several fields, dates and decimals.", [f"list({P}.filter(pk__lte=2).values_list('name', 'price', 'added', 'hidden'))"]),
    ("count-filtered", "count() with a filter and a join.", [f"{P}.filter(category__name='coffee').count()", f"{P}.filter(id__in=[]).count()"]),
    ("count-distinct", "count() of a distinct queryset.", [f"Category.objects.filter(products__stock__gt=0).distinct().count()"]),
    ("count-sliced", "count() of a slice.", [f"{P}.all()[:3].count()"]),
    ("exists", "exists().", [f"{P}.filter(stock=0).exists()", f"{P}.filter(stock=99).exists()"]),
    ("first-last-unordered", "first() and last() of an unordered model.", ["Review.objects.first().author", "Review.objects.last().author"]),
    ("first-filtered", "first() of an ordered, filtered queryset.", [f"{P}.filter(stock__gt=100).first()", f"{P}.order_by('-stock').first().name"]),
    ("get-pk-string", "get() with a pk given as a string.", [f"{P}.get(pk='4').name"]),
    ("get-bad-int", "a lookup on an IntegerField with a word.", [f"{P}.filter(stock='many')"]),
    ("aggregate-many", "aggregate() with Count, Sum, Avg, Max, Min.",
     [f"{P}.aggregate(n=Count('id'), total=Sum('stock'), avg=Avg('stock'), top=Max('price'), low=Min('price'))"]),
    ("aggregate-filtered", "aggregate() of a filtered queryset.", [f"{P}.filter(category__name='tea').aggregate(Sum('stock'))"]),
    ("aggregate-decimal", "Sum of a DecimalField.", [f"{P}.aggregate(total=Sum('price'))"]),
    ("annotate-model", "annotate(Count) on model instances.", ["[(c.name, c.n) for c in Category.objects.annotate(n=Count('products'))]"]),
    ("annotate-values-first", "values() then annotate(): GROUP BY the values.",
     [f"list({P}.values('category__name').annotate(n=Count('id')).order_by('category__name'))"]),
    ("annotate-sum-filter", "annotate(Sum) then filter on it (HAVING).",
     ["list(Category.objects.annotate(total=Sum('products__stock')).filter(total__gt=15).values_list('name', 'total'))"]),
    ("annotate-f", "annotate with an F expression.", [f"list({P}.annotate(double=F('stock') * 2).filter(pk__lte=2).values_list('name', 'double'))"]),
    ("create-and-get", "create() and then reading the row back.",
     ["c = Category.objects.create(name='cocoa')\nc.pk", "Category.objects.get(name='cocoa').name"]),
    ("create-product-fk", "create() with a foreign key instance and a decimal.",
     ["p = Product.objects.create(name='Chai', price='2.5', category=Category.objects.get(pk=1))\n(p.pk, p.price, p.category_id)",
      "Product.objects.get(name='Chai').price"]),
    ("save-update", "save() of a changed instance updates every column.",
     ["p = Product.objects.get(pk=2)\np.stock = 40\np.save()\nProduct.objects.get(pk=2).stock"]),
    ("delete-instance", "delete() of an instance.", ["Review.objects.get(pk=2).delete()", "Review.objects.count()"]),
    ("delete-queryset", "delete() of a queryset without related rows.", ["Review.objects.filter(stars__lt=5).delete()"]),
    ("get-or-create-existing", "get_or_create() finding a row.", ["Category.objects.get_or_create(name='coffee')[1]"]),
    ("fk-access", "reading a foreign key runs a query.", ["Product.objects.get(pk=3).category.name"]),
    ("reverse-manager", "a reverse relation's manager.", ["list(Category.objects.get(pk=1).products.values_list('name', flat=True))"]),
    ("atomic-rollback", "an error inside atomic() rolls back.",
     ["try:\n    with transaction.atomic():\n        Category.objects.create(name='x')\n        Category.objects.create(name='tea')\nexcept Exception as e:\n    result = type(e).__name__",
      "Category.objects.filter(name='x').exists()"]),
    ("not-null", "create() without a required value.", ["Review.objects.create(product_id=1, author='z', text='t')"]),
    ("fk-violation", "a foreign key to a row that does not exist.", ["Review.objects.create(product_id=99, author='z', stars=1, text='t')"]),
    ("field-error-related", "an unknown name after a foreign key.", [f"{P}.filter(category__colour='red')", f"{P}.filter(category__near='x')"]),
    ("field-error-lookup-typo", "a lookup name with a typo.", [f"{P}.filter(name__icontain='x')"]),
    ("field-error-order", "order_by an unknown field.", [f"{P}.order_by('colour')"]),
    ("field-error-values", "values() of an unknown field.", [f"{P}.values('colour')"]),
    ("field-error-category", "an unknown name on a model with a reverse relation.", ["Category.objects.filter(title='x')"]),
    ("extra-select", "extra(select=...).", [f"list({P}.extra(select={{'cheap': 'price < 5'}}).filter(pk__lte=2).values_list('name', 'cheap'))"]),
    ("extra-where-params", "extra(where) with two conditions and params.", [f"list({P}.extra(where=['stock > %s', 'price < %s'], params=[2, 9]).{NAMES})"]),
    ("rawsql-filter", "RawSQL in a filter() with params.", [f"list({P}.filter(stock__gt=RawSQL('SELECT MIN(stock) + %s FROM shop_product', [4])).{NAMES})"]),
    ("raw-columns", "raw() with extra columns and a translation.",
     ["[(p.name, p.n) for p in Product.objects.raw('SELECT id, name, stock * 2 AS n FROM shop_product WHERE id < %s', [3])]"]),
    ("raw-deferred", "raw() without some columns: reading one runs a query.",
     ["p = Product.objects.raw('SELECT id, name FROM shop_product WHERE id = 1')[0]\n(p.name, p.stock)"]),
    ("raw-no-pk", "raw() without the primary key.", ["list(Product.objects.raw('SELECT name FROM shop_product'))"]),
    ("raw-repr", "repr of a RawQuerySet.", ["Product.objects.raw('SELECT * FROM shop_product WHERE name = %s', ['Decaf'])"]),
    ("cursor-params", "cursor.execute with %s params is safe.",
     ["with connection.cursor() as c:\n    c.execute('SELECT name FROM shop_product WHERE name = %s', [\"' OR '1'='1\"])\n    rows = c.fetchall()\nrows"]),
    ("cursor-percent", "a literal % with and without params.",
     ["with connection.cursor() as c:\n    c.execute(\"SELECT name FROM shop_product WHERE name LIKE '100%%' AND stock > %s\", [0])\n    rows = c.fetchall()\nrows",
      "with connection.cursor() as c:\n    c.execute(\"SELECT name FROM shop_product WHERE name LIKE '100%'\")\n    rows = c.fetchall()\nrows"]),
    ("cursor-wrong-count", "too few parameters.",
     ["with connection.cursor() as c:\n    c.execute('SELECT name FROM shop_product WHERE id = %s AND stock = %s', [1])"]),
    ("cursor-syntax-error", "a syntax error in SQL.", ["with connection.cursor() as c:\n    c.execute('SELEC name FROM shop_product')"]),
    ("cursor-no-table", "a table that does not exist.", ["with connection.cursor() as c:\n    c.execute('SELECT * FROM shop_order')"]),
    ("cursor-fetchone-description", "fetchone and description.",
     ["with connection.cursor() as c:\n    c.execute('SELECT id, name FROM shop_product ORDER BY id DESC')\n    row = c.fetchone()\n    names = [d[0] for d in c.description]\n(row, names)"]),
    ("cursor-quoting-types", "how parameters of each type are written in the recorded SQL.",
     ["import datetime, decimal\nwith connection.cursor() as c:\n    c.execute('SELECT %s, %s, %s, %s, %s, %s', [1.5, None, True, decimal.Decimal('2.50'), datetime.datetime(2026, 1, 2, 3, 4, 5), \"it's\"])\n    row = c.fetchone()\nrow"]),
    ("inject-union-users", "UNION against auth_user through an f-string.",
     ["q = \"x' UNION SELECT username, password FROM auth_user --\"\nwith connection.cursor() as c:\n    c.execute(f\"SELECT name, description FROM shop_product WHERE name = '{q}'\")\n    rows = c.fetchall()\nrows"]),
    ("inject-union-columns", "a UNION with the wrong number of columns.",
     ["q = \"x' UNION SELECT username FROM auth_user --\"\nwith connection.cursor() as c:\n    c.execute(f\"SELECT name, description FROM shop_product WHERE name = '{q}'\")"]),
    ("inject-raw-union", "raw() % formatting lets a UNION read the users.",
     ["q = \"x' UNION SELECT id, username, password, 0, 0, 0, NULL, NULL FROM auth_user --\"\n[(p.name, p.description) for p in Product.objects.raw(\"SELECT * FROM shop_product WHERE name = '%s'\" % q)]"]),
    ("inject-raw-params-union", "the same payload as a raw() parameter finds nothing.",
     ["q = \"x' UNION SELECT id, username, password, 0, 0, 0, NULL, NULL FROM auth_user --\"\n[p.name for p in Product.objects.raw('SELECT * FROM shop_product WHERE name = %s', [q])]"]),
    ("inject-orm-tautology", "the ORM with a tautology payload.", [f"list({P}.filter(name=\"' OR '1'='1\").{NAMES})", f"list({P}.filter(name__icontains=\"' OR 1=1 --\").{NAMES})"]),
    ("inject-numeric", "a numeric context needs no quote.",
     ["q = '0 OR 1=1'\nwith connection.cursor() as c:\n    c.execute(f'SELECT name FROM shop_product WHERE hidden = 0 AND id = {q}')\n    rows = c.fetchall()\nlen(rows)",
      f"{P}.filter(id='0 OR 1=1')"]),
    ("inject-extra-union", "extra(where) formatted with a subquery against auth_user.",
     [f"q = \"x' OR (SELECT count(*) FROM auth_user WHERE is_staff = 1) > 0 --\"\nlist({P}.extra(where=[\"name = '%s'\" % q]).{NAMES})"]),
    ("inject-stacked-executescript", "executescript is not on Django's cursor wrapper path: a stacked DROP is refused by execute().",
     ["with connection.cursor() as c:\n    c.execute(\"SELECT 1; DROP TABLE shop_review\")", "Review.objects.count()"]),
    ("inject-order-by", "a user-chosen ordering field name is checked by the ORM.", [f"{P}.order_by('name; DROP TABLE shop_product')"]),
    ("inject-like-wildcards", "LIKE wildcards typed by the user in startswith and endswith.",
     [f"list({P}.filter(name__startswith='%').{NAMES})", f"list({P}.filter(name__endswith='_a').{NAMES})", f"list({P}.filter(name__contains='\\\\').{NAMES})"]),
    ("inject-blind-length", "boolean probing for the length of a password.",
     ["def found(q):\n    with connection.cursor() as c:\n        c.execute(f\"SELECT count(*) FROM shop_product WHERE name = '{q}'\")\n        return c.fetchone()[0] > 0\n\n[n for n in range(25, 40) if found(f\"x' OR (SELECT length(password) FROM auth_user WHERE username = 'admin') = {n} --\")]"]),
    ("user-create", "User.objects.create and the auth_user columns.", ["u = User.objects.create(username='eve')\n(u.pk, u.is_active, u.is_staff, u.password)", "list(User.objects.order_by('-id').values_list('username', flat=True))"]),
    ("user-filter", "filter on User.", ["list(User.objects.filter(is_staff=False).values_list('username', flat=True))", "User.objects.get(username='admin').email"]),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    for slug, description, codes in CASES:
        case = {
            "kind": "db",
            "description": description,
            "files": {"shop/__init__.py": "", "shop/models.py": MODELS},
            "apps": ["shop"],
            "rows": ROWS,
            "setup": SETUP,
            "queries": [{"code": code} for code in codes],
        }
        with open(os.path.join(OUT, f"db-{slug}.json"), "w", encoding="utf-8") as out:
            json.dump(case, out, ensure_ascii=False, indent=2)
            out.write("\n")
    print(f"{len(CASES)} db inputs in {OUT}")


if __name__ == "__main__":
    main()
