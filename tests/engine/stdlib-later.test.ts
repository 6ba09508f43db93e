/**
 * The standard library's zip and the engine's sources read on first use, as the browser's
 * worker starts (src/engine/stdlib-later.ts, installPythonSourcesOnFirstRead): Pyodide installs
 * an empty zip, the snapshot is restored, and their bytes come only when Python reads them. If
 * the engine's own work read them, every first visit would download 3.2 MB more before its first
 * answer; if a reader's `import csv` could not read the zip, their code would fail where
 * Django's works; if a failed download crashed the interpreter, the playground would die
 * instead of reporting one failed import; if the sources of the modules the snapshot imported
 * were not there when needed, Django's debug page would show no code.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { loadPyodide, type PyodideAPI } from 'pyodide';
import { beforeAll, describe, expect, it } from 'vitest';
import { engineAssets, PYODIDE_DIR, STDLIB_FILE } from '../../src/engine/build/assets';
import { readPythonSources, splitSources, type SourceBundles } from '../../src/engine/build/python-sources';
import { cachedEngineSnapshot } from '../../src/engine/build/snapshot';
import { makeReadOnly } from '../../src/engine/filesystem';
import { installPythonSourcesOnFirstRead, pyodideOptions, sourceSizes, startPythonEngine, type PythonEngine } from '../../src/engine/pyodide-engine';
import { withRoomForSnapshot } from '../../src/engine/snapshot-room';
import { STDLIB_PLACEHOLDER, stdlibOnFirstRead } from '../../src/engine/stdlib-later';
import { WARM_UP_REQUESTS } from '../../src/engine/warm-up';
import type { RequestRequest } from '../../src/engine/protocol';
import { collectstaticRequest, type CollectstaticCase } from '../../src/conformance/collectstatic';

const zip = readFileSync(`${PYODIDE_DIR}${STDLIB_FILE}`);
const collectstaticCase = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../../shared/conformance/collectstatic/001-app-and-project-dirs.json', import.meta.url)), 'utf8'),
) as CollectstaticCase;

interface Answer {
  fault?: string;
  error?: { type: string; message: string } | null;
  responses?: Array<{ status: number; body: string; error?: { type: string; message: string } | null }>;
}

const settings = `SECRET_KEY = "a-long-enough-secret-key-for-the-test-0123456789-abcdefghij"
DEBUG = False
ALLOWED_HOSTS = ["example.com"]
ROOT_URLCONF = "mysite.urls"
INSTALLED_APPS = ["django.contrib.staticfiles", "whitenoise.runserver_nostatic"]
MIDDLEWARE = ["django.middleware.security.SecurityMiddleware", "whitenoise.middleware.WhiteNoiseMiddleware"]
TEMPLATES = [{"BACKEND": "django.template.backends.django.DjangoTemplates"}]
USE_TZ = True
TIME_ZONE = "America/Chicago"
STATIC_URL = "static/"
`;

/** A project whose page shows a date in TIME_ZONE (zoneinfo, calendar) and whose view may import one module. */
function project(viewImport: string): RequestRequest & { files: Record<string, string>; installed: string[] } {
  return {
    op: 'request' as const,
    files: {
      'mysite/__init__.py': '',
      'mysite/settings.py': settings,
      'mysite/urls.py': 'from django.urls import path\nfrom . import views\nurlpatterns = [path("", views.home)]\n',
      'mysite/views.py': `import datetime
${viewImport}
from django.http import HttpResponse
from django.template import engines


def home(request):
    when = datetime.datetime(2024, 3, 1, 14, 5, tzinfo=datetime.timezone.utc)
    page = engines["django"].from_string('{{ when|date:"D, d M Y H:i" }}|{{ size|filesizeformat }}')
    return HttpResponse(page.render({"when": when, "size": 123456789}))
`,
    },
    settings_module: 'mysite.settings',
    env: {},
    installed: ['whitenoise'],
    requests: [{ method: 'GET', url: 'https://example.com/' }],
  };
}

describe("the browser worker's start: the standard library and the engine's sources read on first use", () => {
  let engine: PythonEngine;
  let reads = 0;
  const bundleReads: Record<keyof SourceBundles, number> = { imported: 0, importedLater: 0, staticFiles: 0 };
  let bundles: SourceBundles;
  let offline = false;
  const ask = (request: object) => JSON.parse(engine.handle(JSON.stringify(request))) as Answer;

  beforeAll(async () => {
    const sources = readPythonSources();
    const { bytes: snapshot, imported } = await cachedEngineSnapshot(sources, engineAssets(sources).snapshotFile);
    const placeholder = `${mkdtempSync(`${tmpdir()}/stdlib-later-`)}/${STDLIB_PLACEHOLDER.file}`;
    writeFileSync(placeholder, STDLIB_PLACEHOLDER.bytes);
    const pyodide: PyodideAPI = await withRoomForSnapshot(snapshot, () =>
      loadPyodide({ indexURL: PYODIDE_DIR, ...pyodideOptions(), stdLibURL: placeholder, _loadSnapshot: snapshot } as Parameters<typeof loadPyodide>[0]),
    );
    stdlibOnFirstRead(pyodide, {
      size: zip.length,
      read: () => {
        reads++;
        if (offline) throw new Error('offline');
        return new Uint8Array(zip);
      },
    });
    bundles = splitSources(sources, imported);
    for (const [bundle, files] of Object.entries(bundles) as Array<[keyof SourceBundles, Record<string, string>]>) {
      installPythonSourcesOnFirstRead(pyodide, sourceSizes(files), () => {
        bundleReads[bundle]++;
        return files;
      });
    }
    engine = startPythonEngine(pyodide);
    engine.seal();
    makeReadOnly(pyodide);
  }, 180_000);

  it("is not read by the engine's own work: checks, URLs, requests, templates, time zones, WhiteNoise, collectstatic, nginx", () => {
    for (const request of [...WARM_UP_REQUESTS, collectstaticRequest(collectstaticCase), project('')]) {
      const answer = ask(request);
      expect(answer.fault, request.op).toBeUndefined();
      expect(answer.error ?? null, request.op).toBeNull();
    }
    expect(ask(project('')).responses?.[0]).toMatchObject({ status: 200, body: 'Fri, 01 Mar 2024 08:05|117.7\u00a0MB' });
    expect(reads).toBe(0);
    // WhiteNoise and collectstatic's storage are not in the snapshot: they come from the bundle of the later imports.
    expect(bundleReads).toEqual({ imported: 0, importedLater: 1, staticFiles: 0 });
  });

  it("is not read when a reader's settings fail, and the finding still points at their line", () => {
    const failing = { ...WARM_UP_REQUESTS[1]!, files: { 'mysite/__init__.py': '', 'mysite/settings.py': 'DEBUG = True\nINSTALLED_APPS = ["django.contrib.admin", "nope"]\n' } };
    const answer = ask(failing) as Answer & { messages?: unknown[] };
    expect(JSON.stringify(answer)).toContain("No module named 'nope'");
    expect(reads).toBe(0);
    expect(bundleReads).toEqual({ imported: 0, importedLater: 1, staticFiles: 0 });
  });

  it("is not read when files come and go and the next project imports an installed package found after it on sys.path", () => {
    const other = project('');
    other.files['mysite/env.py'] = 'import environ\nenv = environ.Env()\n';
    other.files['mysite/views.py'] = `from . import env\n${other.files['mysite/views.py']}`;
    other.installed = ['whitenoise', 'django-environ'];
    expect(ask(other).responses?.[0]?.status).toBe(200);
    expect(ask(project('')).responses?.[0]?.status).toBe(200);
    expect(reads).toBe(0);
    // django-environ is not in the snapshot either: the bundle of the later imports, read once, has it.
    expect(bundleReads).toEqual({ imported: 0, importedLater: 1, staticFiles: 0 });
  });

  it("reads the snapshot's modules' sources for Django's debug page, which shows the framework's lines", () => {
    const broken = project('');
    broken.env = { DJANGO_DEBUG: '1' };
    broken.files['mysite/settings.py'] = settings.replace('DEBUG = False', 'DEBUG = True');
    broken.files['mysite/views.py'] = 'def home(request):\n    raise ValueError("broken view")\n';
    const page = ask(broken).responses?.[0];
    expect(page?.status).toBe(500);
    expect(bundleReads.imported).toBe(1);
    const viewCalled = bundles.imported['django/core/handlers/base.py']!.split('\n').find((line) => line.includes('make_view_atomic(view)(request'))!.trim();
    expect(page?.body).toContain(viewCalled);
  });

  it("fails a reader's import as an I/O error when the zip cannot be downloaded, and the engine answers on", () => {
    offline = true;
    const failed = ask(project('import csv')).responses?.[0];
    expect(failed?.status).toBe(500);
    expect(reads).toBeGreaterThan(0);
    offline = false;
  });

  it("reads the apps' static files once collectstatic collects the admin's, and copies them whole", () => {
    const withAdmin = collectstaticRequest(collectstaticCase);
    withAdmin.settings = { ...withAdmin.settings, INSTALLED_APPS: ['django.contrib.admin', 'django.contrib.auth', 'django.contrib.contenttypes', 'django.contrib.messages', 'django.contrib.staticfiles', 'blog'] };
    withAdmin.inspect = ['admin/css/base.css'];
    const answer = ask(withAdmin) as Answer & { copied: string[]; contents: Record<string, string> };
    expect(answer.error ?? null).toBeNull();
    expect(answer.copied).toContain('admin/js/core.js');
    expect(answer.contents['admin/css/base.css']).toBe(bundles.staticFiles['django/contrib/admin/static/admin/css/base.css']);
    expect(bundleReads.staticFiles).toBe(1);
    ask(withAdmin);
    expect(bundleReads.staticFiles).toBe(1);
  });

  it("reads it once a reader's code imports a module nothing had imported, and the import works", () => {
    const before = reads;
    const answer = ask(project('import csv, fractions\nassert csv.reader and fractions.Fraction(1, 2)'));
    expect(answer.responses?.[0]?.status).toBe(200);
    expect(reads).toBe(before + 1);
    ask(project('import statistics'));
    expect(reads).toBe(before + 1);
  });
});
