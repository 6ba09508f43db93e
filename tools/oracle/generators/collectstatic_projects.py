"""Projects to collect: differential cases for collectstatic (real Django vs ours).

    python3 tools/oracle/generators/collectstatic_projects.py [--count N] [--seed S]

writes tools/oracle/inputs/collectstatic/static-*.json (inputs only; record.py adds what real
Django did). Two sets:

- static-edge-*: one case per behaviour the corpus's README names and a few it does not: the
  admin's files (elided), the admin with the manifest storage, --clear (with and without
  --dry-run), --link, -i and --no-default-ignore, prefixes, DefaultStorageFinder, verbosity 0
  and 2, the prompt without --noinput, a broken manifest, a reference cycle, source maps,
  URLs the manifest storage leaves alone, WhiteNoise's storage (not installed in the corpus's
  environment), a bad argument, STATIC_ROOT that is a file;
- static-random-NNN: random projects (apps with and without namespaced static folders,
  STATICFILES_DIRS with prefixes, files the default patterns ignore, clashing destinations,
  stale files in STATIC_ROOT, CSS referring to images and to other CSS) under random storages,
  finders and options.

Folder listings come in an order that depends on the file system, so where an output would show
it (verbosity 2, --dry-run, --link at verbosity 1) each storage holds one file, and under the
manifest storage every file sits at a depth of its own (its passes go deepest first, and within
a depth in listing order: which file fails first, and which hashed copies exist by then).
"""

import argparse
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "inputs", "collectstatic")

BASE = {"INSTALLED_APPS": ["django.contrib.staticfiles", "blog"], "STATIC_URL": "static/", "STATIC_ROOT": "static_root"}
BLOG = {"blog/__init__.py": "", "blog/static/blog/style.css": "body { color: #333; }\n", "blog/static/blog/app.js": "console.log('blog');\n"}
MANIFEST = {"staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"}}
ADMIN_APPS = ["django.contrib.admin", "django.contrib.auth", "django.contrib.contenttypes", "django.contrib.messages",
              "django.contrib.sessions", "django.contrib.staticfiles", "blog"]


def case(description, files, settings, args, **extra):
    return {"kind": "collectstatic", "description": description, "files": files, "settings": settings, "args": args, **extra}


def edge_cases():
    s = dict(BASE)
    yield "admin", case("The admin's static files are collected with the project's (elided: 130 files).",
                        BLOG, {**s, "INSTALLED_APPS": ADMIN_APPS}, ["--noinput"], elide=["admin/"])
    yield "admin-manifest", case("The admin's files under the manifest storage: hashed names, rewritten CSS, one manifest.",
                                 BLOG, {**s, "INSTALLED_APPS": ADMIN_APPS, "STORAGES": MANIFEST}, ["--noinput"],
                                 elide=["admin/"], inspect=["admin/css/base.*.css", "admin/css/dark_mode.*.css"])
    yield "admin-shadowed", case("A project file at admin/css/base.css shadows the admin's own (FileSystemFinder comes first).",
                                 {**BLOG, "assets/admin/css/base.css": "/* mine */\n"},
                                 {**s, "INSTALLED_APPS": ADMIN_APPS, "STATICFILES_DIRS": ["assets"]}, ["--noinput"],
                                 elide=["admin/js/", "admin/img/"], inspect=["admin/css/base.css"])
    stale = {**BLOG, "static_root/old/stale.css": "old\n", "static_root/blog/style.css": "old copy\n"}
    yield "clear", case("--clear deletes what STATIC_ROOT held, then copies everything again.", stale, s, ["--noinput", "--clear"])
    yield "clear-v2", case("--clear at verbosity 2: each deletion and copy is told.",
                           {"blog/__init__.py": "", "blog/static/blog/style.css": "b\n", "static_root/old/stale.css": "old\n"},
                           s, ["--noinput", "--clear", "-v", "2"])
    yield "clear-dry-run", case("--clear --dry-run counts the deletions without doing them.", stale, s,
                                ["--noinput", "--clear", "--dry-run"])
    yield "link", case("--link makes symbolic links instead of copies.",
                       {"blog/__init__.py": "", "blog/static/blog/app.js": "x\n"}, s, ["--noinput", "--link"])
    yield "link-over-copies", case("--link where copies are: they are not links, so they are replaced.",
                                   {"blog/__init__.py": "", "blog/static/blog/app.js": "x\n", "static_root/blog/app.js": "x\n"},
                                   s, ["--noinput", "--link", "-v", "2"])
    yield "ignore", case("-i leaves out what a pattern matches (a name, or a relative path).",
                         {**BLOG, "assets/vendor/big.js": "v\n", "assets/site.css": "a\n", "assets/notes.txt": "n\n"},
                         {**s, "STATICFILES_DIRS": ["assets"]}, ["--noinput", "-i", "*.txt", "-i", "vendor"])
    yield "no-default-ignore", case("--no-default-ignore collects dot files, CVS folders and backups too.",
                                    {**BLOG, "assets/site.css": "a {}\n", "assets/site.css~": "backup\n", "assets/.hidden": "s\n",
                                     "assets/CVS/Entries": "x\n"},
                                    {**s, "STATICFILES_DIRS": ["assets"]}, ["--noinput", "--no-default-ignore"])
    yield "prefix", case("A (prefix, folder) entry puts the folder's files under the prefix.",
                         {**BLOG, "third_party/jquery.js": "/* jq */\n", "third_party/css/x.css": "x\n"},
                         {**s, "STATICFILES_DIRS": [["vendor", "third_party"], "assets_missing"]}, ["--noinput"])
    yield "default-storage-finder", case("DefaultStorageFinder collects MEDIA_ROOT's files.",
                                         {**BLOG, "media/upload.txt": "u\n"},
                                         {**s, "MEDIA_ROOT": "media", "STATICFILES_FINDERS": [
                                             "django.contrib.staticfiles.finders.AppDirectoriesFinder",
                                             "django.contrib.staticfiles.finders.DefaultStorageFinder"]}, ["--noinput"])
    yield "default-storage-finder-no-media-root", case(
        "DefaultStorageFinder without MEDIA_ROOT has no location.", BLOG,
        {**s, "STATICFILES_FINDERS": ["django.contrib.staticfiles.finders.DefaultStorageFinder"]}, ["--noinput"])
    yield "verbosity-0", case("Verbosity 0 prints nothing.", BLOG, s, ["--noinput", "-v", "0"])
    yield "prompt-empty-root", case("Without --noinput and with nothing in STATIC_ROOT yet, nothing is asked.", BLOG, s, [])
    yield "prompt", case("Without --noinput and files in STATIC_ROOT, the question is asked; no answer (end of input) fails.",
                         stale, s, [])
    yield "broken-manifest", case("A staticfiles.json that is not JSON: the manifest storage cannot be built.",
                                  {**BLOG, "static_root/staticfiles.json": "not json"}, {**s, "STORAGES": MANIFEST}, ["--noinput"])
    yield "manifest-cycle", case("Two CSS files that import each other: the hashes never settle.",
                                 {"blog/__init__.py": "", "blog/static/a.css": '@import "b/b.css";\n',
                                  "blog/static/b/b.css": '@import "../a.css";\n'},
                                 {**s, "STORAGES": MANIFEST}, ["--noinput"])
    yield "manifest-urls-left-alone", case(
        "URLs the manifest storage leaves alone: data:, http:, protocol-relative, absolute outside STATIC_URL, #fragments.",
        {"blog/__init__.py": "",
         "blog/static/blog/css/s.css": "a { background: url(data:image/png;base64,AAA=); }\n"
                                        "b { background: url('https://cdn.example.com/x.png'); }\n"
                                        "c { background: url(//cdn.example.com/y.png); }\n"
                                        "d { background: url(/media/z.png); }\n"
                                        "e { background: url(#marker); }\n"
                                        "@font-face { src: url('../fonts/f.eot?#iefix') format('embedded-opentype'), url(\"../fonts/f.woff#x\"); }\n",
         "blog/static/blog/fonts/f.eot": "eot\n", "blog/static/blog/fonts/f.woff": "woff\n"},
        {**s, "STORAGES": MANIFEST}, ["--noinput"], inspect=["blog/css/s.*.css"])
    yield "manifest-source-maps", case("Source map comments in CSS and JavaScript point at hashed maps.",
                                       {"blog/__init__.py": "", "blog/static/blog/app.js": "x();\n//# sourceMappingURL=app.js.map\n",
                                        "blog/static/blog/app.js.map": "{}\n",
                                        "blog/static/blog/css/s.css": "a{}\n/*# sourceMappingURL=s.css.map */\n",
                                        "blog/static/blog/css/s.css.map": "{}\n"},
                                       {**s, "STORAGES": MANIFEST}, ["--noinput"], inspect=["blog/app.*.js", "blog/css/s.*.css"])
    yield "manifest-verbosity-2", case("The manifest storage at verbosity 2: each post-processed file is told.",
                                       {"blog/__init__.py": "", "blog/static/blog/deep/img/a.png": "png\n",
                                        "blog/static/blog/deep/s.css": "a { background: url(img/a.png); }\n"},
                                       {**s, "STORAGES": MANIFEST}, ["--noinput", "-v", "2"])
    yield "manifest-second-run", case("Hashed copies already in STATIC_ROOT: not post-processed again (skipped).",
                                      {"blog/__init__.py": "", "blog/static/blog/a.txt": "a\n",
                                       "static_root/blog/a.60b725f10c9c.txt": "a\n", "static_root/blog/a.txt": "a\n"},
                                      {**s, "STORAGES": MANIFEST}, ["--noinput", "-v", "2"])
    yield "manifest-dry-run", case("The manifest storage with --dry-run: nothing post-processed.",
                                   {"blog/__init__.py": "", "blog/static/blog/style.css": "a { background: url(x.png); }\n"},
                                   {**s, "STORAGES": MANIFEST}, ["--noinput", "--dry-run"])
    yield "manifest-debug", case("DEBUG does not change what collectstatic writes.",
                                 {"blog/__init__.py": "", "blog/static/blog/s.css": "a { background: url(i.png); }\n",
                                  "blog/static/blog/i.png": "i\n"},
                                 {**s, "DEBUG": True, "STORAGES": MANIFEST}, ["--noinput"], inspect=["blog/s.*.css"])
    yield "manifest-absolute-static-url", case("url(/static/...) with STATIC_URL '/static/' is rewritten.",
                                               {"blog/__init__.py": "", "blog/static/blog/s.css": "a { background: url(/static/blog/i.png); }\n",
                                                "blog/static/blog/i.png": "i\n"},
                                               {**s, "STATIC_URL": "/static/", "STORAGES": MANIFEST}, ["--noinput"],
                                               inspect=["blog/s.*.css"])
    yield "whitenoise", case("WhiteNoise's storage named in STORAGES, but WhiteNoise is not installed.", BLOG,
                             {**s, "STORAGES": {"staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}}},
                             ["--noinput"])
    yield "bad-argument", case("An option collectstatic does not have.", BLOG, s, ["--noinput", "--bogus"])
    yield "static-root-is-a-file", case("STATIC_ROOT names a file.", {**BLOG, "static_root": "a file\n"}, s, ["--noinput"])
    yield "staticfiles-dirs-not-a-list", case("STATICFILES_DIRS as a string: staticfiles.E001.", BLOG,
                                              {**s, "STATICFILES_DIRS": "assets"}, ["--noinput"])
    yield "two-dirs-conflict", case("The same name in two STATICFILES_DIRS folders: the first listed wins.",
                                    {"a/x.css": "/* a */\n", "b/x.css": "/* b */\n", "b/y.css": "y\n", "blog/__init__.py": ""},
                                    {**s, "STATICFILES_DIRS": ["b", "a"]}, ["--noinput"], inspect=["x.css"])
    yield "media-url-equals-static-url", case("MEDIA_URL equal to STATIC_URL is rejected.", BLOG,
                                              {**s, "MEDIA_URL": "static/"}, ["--noinput"])
    yield "no-post-process-plain", case("--no-post-process with the plain storage changes nothing.", BLOG, s,
                                        ["--noinput", "--no-post-process"])
    yield "pathlib-root", case("STATIC_ROOT given as a path built with pathlib.",
                               {**BLOG, "mysite/__init__.py": "",
                                "mysite/settings.py": "from pathlib import Path\nBASE_DIR = Path(__file__).resolve().parent.parent\n"
                                                      "INSTALLED_APPS = ['django.contrib.staticfiles', 'blog']\nSTATIC_URL = 'static/'\n"
                                                      "STATIC_ROOT = BASE_DIR / 'staticfiles'\nSTATICFILES_DIRS = [BASE_DIR / 'static']\n",
                                "static/site.css": "s\n"}, None, ["--noinput"])


EXTENSIONS = ["css", "js", "png", "svg", "txt", "woff2", "map"]


def random_case(rng, number):
    files, apps, dirs = {}, ["django.contrib.staticfiles"], []
    manifest = rng.random() < 0.4
    one_per_folder = False
    args = ["--noinput"]
    verbosity = rng.choice([None, None, "0", "1", "2"])
    if verbosity:
        args += ["-v", verbosity]
    for flag, chance in (("--clear", 0.25), ("--dry-run", 0.15), ("--no-default-ignore", 0.15), ("--link", 0.1),
                         ("--no-post-process", 0.1)):
        if rng.random() < chance:
            args.append(flag)
    if rng.random() < 0.25:
        args += ["-i", rng.choice(["*.txt", "vendor", "*.map", "img", "css/*"])]
    if verbosity == "2" or "--dry-run" in args or "--link" in args:
        one_per_folder = True
    css_depths = set()

    def add_files(root, names_prefix):
        """A few files under root (one in all when listings would show: a storage lists a
        folder's files, then its folders, each in the file system's order)."""
        for index in range(rng.randint(0, 1) if one_per_folder else rng.randint(0, 4)):
            depth = rng.randint(0, 2)
            folders = [rng.choice(["css", "js", "img", "vendor", "fonts"]) for _ in range(depth)]
            if one_per_folder:
                folders.append(f"f{index}")
            ext = rng.choice(EXTENSIONS)
            name = rng.choice(["site", "base", "app", "logo", "main"]) + "." + ext
            rel = "/".join([*names_prefix, *folders, name])
            path = f"{root}/{rel}"
            if manifest:  # one file per depth: the passes' order (deepest first) is then the files' order
                level = len(rel.split("/"))
                if level in css_depths:
                    continue
                css_depths.add(level)
            files[path] = css_text(rng, rel) if ext == "css" else f"/* {path} */\n"
            if rng.random() < 0.15 and not one_per_folder and not manifest:
                files[f"{root}/{'/'.join([*names_prefix, *folders])}/{rng.choice(['.hidden', 'x.css~', 'CVS/Entries'])}".replace("//", "/")] = "x\n"

    for app in rng.sample(["blog", "shop", "news", "polls"], rng.randint(1, 3)):
        files[f"{app}/__init__.py"] = ""
        apps.append(app)
        if rng.random() < 0.85:
            add_files(f"{app}/static", [app] if rng.random() < 0.6 else [])
    rng.shuffle(apps)
    for folder in rng.sample(["assets", "static", "frontend"], rng.randint(0, 2)):
        if rng.random() < 0.2:
            dirs.append([rng.choice(["vendor", "ext"]), folder])
        else:
            dirs.append(folder)
        if rng.random() < 0.85:
            add_files(folder, [])
    if rng.random() < 0.3:
        stale_name = rng.choice([p for p in files if "/static/" in p] or ["old.css"]).split("/static/")[-1]
        files[f"static_root/{stale_name}"] = "stale\n"
    settings = {"INSTALLED_APPS": apps, "STATIC_URL": rng.choice(["static/", "/static/", "/assets/"]), "STATIC_ROOT": "static_root"}
    if dirs:
        settings["STATICFILES_DIRS"] = dirs
    if manifest:
        settings["STORAGES"] = MANIFEST
    if rng.random() < 0.15:
        finders = ["django.contrib.staticfiles.finders.AppDirectoriesFinder", "django.contrib.staticfiles.finders.FileSystemFinder"]
        settings["STATICFILES_FINDERS"] = finders
    inspect = ["**/*.css"] if manifest else []
    extra = {"inspect": inspect} if inspect else {}
    return case(f"Random project {number} ({'manifest' if manifest else 'plain'} storage, {' '.join(args)}).",
                files, settings, args, **extra)


def css_text(rng, rel):
    """CSS referring to files that may or may not exist (relative to the file, or from STATIC_URL)."""
    lines = ["body { color: #111; }"]
    for _ in range(rng.randint(0, 3)):
        target = rng.choice(["../img/logo.png", "img/logo.png", "logo.svg", "../fonts/site.woff2", "base.css", "site.css?v=1", "missing.png"])
        lines.append(rng.choice([f"a {{ background: url({target}); }}", f"b {{ background: url('{target}'); }}",
                                 f'@import "{target}";']))
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=40)
    parser.add_argument("--seed", type=int, default=11)
    options = parser.parse_args()
    os.makedirs(OUT, exist_ok=True)
    written = 0
    for slug, made in edge_cases():
        if made["settings"] is None:
            del made["settings"]
        write(f"static-edge-{slug}.json", made)
        written += 1
    rng = random.Random(options.seed)
    for number in range(options.count):
        write(f"static-random-{number:03d}.json", random_case(rng, number))
        written += 1
    print(f"wrote {written} inputs to {os.path.relpath(OUT)}")


def write(name, made):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as out:
        json.dump(made, out, ensure_ascii=False, indent=2)
        out.write("\n")


if __name__ == "__main__":
    main()
