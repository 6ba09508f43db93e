/**
 * The database a reader's project gets: the `db` operation on bad input (a query that never
 * ends, a million rows, a model whose table cannot be made, a 1 MB payload), each stopped or
 * capped with a message that says so, and every run starting from the case's rows again; and
 * the request operation's responses carrying the SQL each request ran. If this broke, one bad
 * query would freeze the playground, or the attacks chapter would show no SQL under a response.
 */
import { describe, expect, it } from 'vitest';
import type { DbRequest, RequestAnswer } from '../../../src/engine/protocol';
import { useEngine } from '../../support/engine';

const engine = useEngine({ timeLimitMs: 20_000 });

const MODELS = `from django.db import models


class Product(models.Model):
    name = models.CharField(max_length=100)
    hidden = models.BooleanField(default=False)
`;

function db(queries: string[], models = MODELS): Promise<import('../../../src/engine/protocol').DbAnswer> {
  const request: DbRequest = {
    op: 'db',
    files: { 'shop/__init__.py': '', 'shop/models.py': models },
    apps: ['shop'],
    rows: { 'shop.Product': [{ name: 'tea' }, { name: 'secret', hidden: true }] },
    setup: 'from shop.models import Product\nfrom django.db import connection\n',
    queries: queries.map((code) => ({ code })),
  };
  return engine.client.call(request);
}

describe('the db operation on bad input', () => {
  it('stops a recursive CTE that never ends, says why, and the next query runs', async () => {
    const started = performance.now();
    const answer = await db([
      "with connection.cursor() as c:\n    c.execute('WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n')",
      'Product.objects.count()',
    ]);
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(answer.results[0]?.error?.type).toBe('OperationalError');
    expect(answer.results[0]?.error?.message).toMatch(/sqlite stopped the statement because it ran for more than 1.5 seconds/);
    expect(answer.results[1]?.result).toEqual(['int', '2']);
  });

  it('refuses to fetch a million rows, with a message', async () => {
    const answer = await db([
      "with connection.cursor() as c:\n    c.execute('WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n LIMIT 1000000) SELECT x FROM n')\n    rows = c.fetchall()",
    ]);
    expect(answer.results[0]?.error?.message).toMatch(/more than 100,000 rows/);
  });

  it('reports a model whose table cannot be made as the setup error', async () => {
    const broken = `${MODELS}\n\nclass Review(models.Model):\n    product = models.ForeignKey("Nothing", on_delete=models.CASCADE)\n`;
    const answer = await db(['Product.objects.count()'], broken);
    expect(answer.error?.type).toBe('ValueError');
    expect(answer.error?.message).toMatch(/Nothing/);
    expect(answer.results).toEqual([]);
  });

  it('caps a 1 MB payload in the SQL shown', async () => {
    const answer = await db(["list(Product.objects.filter(name='x' * 1_000_000))"]);
    expect(answer.results[0]?.result).toEqual(['list', '[]']);
    const sql = answer.results[0]?.sql[0] ?? '';
    expect(sql.length).toBeLessThan(25_000);
    expect(sql).toMatch(/left out/);
  });

  it('starts each run from the case rows again', async () => {
    const first = await db(["with connection.cursor() as c:\n    c.execute('DELETE FROM shop_product')", 'Product.objects.count()']);
    expect(first.results[1]?.result).toEqual(['int', '0']);
    const second = await db(['Product.objects.count()']);
    expect(second.results[0]?.result).toEqual(['int', '2']);
  });
});

describe('the SQL under each response', () => {
  const FILES = {
    'mysite/__init__.py': '',
    'mysite/settings.py': `SECRET_KEY = 'k'
DEBUG = False
ALLOWED_HOSTS = ['*']
INSTALLED_APPS = ['django.contrib.contenttypes', 'django.contrib.auth', 'shop']
MIDDLEWARE = []
ROOT_URLCONF = 'mysite.urls'
DATABASES = {'default': {'ENGINE': 'django.db.backends.sqlite3', 'NAME': 'db.sqlite3'}}
`,
    'mysite/urls.py': 'from django.urls import path\nfrom shop import views\n\nurlpatterns = [path("search/", views.search)]\n',
    'shop/__init__.py': '',
    'shop/models.py': MODELS,
    'shop/views.py': `from django.db import connection
from django.http import HttpResponse


def search(request):
    q = request.GET.get("q", "")
    with connection.cursor() as c:
        c.execute(f"SELECT name FROM shop_product WHERE hidden = 0 AND name = '{q}'")
        names = [row[0] for row in c.fetchall()]
    return HttpResponse(", ".join(names))
`,
    'shop/fixtures/products.json': JSON.stringify([
      { model: 'shop.product', pk: 1, fields: { name: 'tea' } },
      { model: 'shop.product', pk: 2, fields: { name: 'secret', hidden: true } },
    ]),
  };

  it('lists the statements each request ran, with the injection as it reached sqlite', async () => {
    const answer: RequestAnswer = await engine.client.call({
      op: 'request',
      files: FILES,
      settings_module: 'mysite.settings',
      fixtures: ['shop/fixtures/products.json'],
      requests: [
        { method: 'GET', url: 'http://shop.example.com/search/?q=tea' },
        { method: 'GET', url: "http://shop.example.com/search/?q=%27%20OR%20%271%27%3D%271" },
      ],
    });
    expect(answer.error).toBeNull();
    const [plain, injected] = answer.responses;
    expect(plain?.body).toBe('tea');
    expect(plain?.queries).toEqual([{ sql: "SELECT name FROM shop_product WHERE hidden = 0 AND name = 'tea'" }]);
    expect(injected?.body).toBe('tea, secret');
    expect(injected?.queries).toEqual([{ sql: "SELECT name FROM shop_product WHERE hidden = 0 AND name = '' OR '1'='1'" }]);
  });
});
