"""Write random settings-case inputs for the template checks (differential testing).

    python3 tools/oracle/generators/templates_random_settings.py
    python3 tools/oracle/record.py --out tools/oracle/cases tools/oracle/inputs/settings/templates-random-*.json

Each case draws TEMPLATES entries (backends, NAME, DIRS, APP_DIRS, OPTIONS keys with values of
every type, stray keys) and apps with templatetags libraries whose names may collide with each
other's, Django's or a contrib app's, from a fixed seed: the same inputs each time, covering
combinations no hand-written case thinks of. The hand-written ones are templates_settings.py.
"""

import json
import os
import random

import templates_settings as T

OUT = T.OUT
SEED = 20251022
COUNT = 40

BACKENDS = ['"django.template.backends.django.DjangoTemplates"'] * 10 + [
    '"django.template.backends.dummy.TemplateStrings"',
    '"django.template.backends.django.Nope"',
    '"nodots"',
    "None",
    '"mysite.Backend"',
]
VALUES = ["None", "[]", "()", "{}", '""', '"x"', "0", "1", "True", "False", '["a"]', '("a",)', '{"a": "b"}', 'b"x"', "1.5",
          "BASE_DIR"]
OPTION_KEYS = ["context_processors", "debug", "loaders", "string_if_invalid", "file_charset", "libraries", "builtins",
               "autoescape"]
LIBRARIES = ['{"x": "mysite.tags"}', '{"static": "mysite.tags"}', '{"i18n": "django.templatetags.i18n"}',
             '[("y", "mysite.tags")]', '{"z": "mysite.nope"}', '{"w": "mysite.notags"}', "{}", '"abc"', "None", "[]"]
BUILTINS = ['["mysite.tags"]', '("mysite.tags",)', "[]", "None", '["mysite.nope"]', '["mysite.notags"]', '"mysite.tags"']
LOADERS = ['["django.template.loaders.filesystem.Loader"]', "[]", "None", '"x"']


def option_value(rng, key):
    choices = {"libraries": LIBRARIES, "builtins": BUILTINS, "loaders": LOADERS}.get(key, VALUES)
    return rng.choice(choices)


def entry(rng):
    parts = {}
    backend = rng.choice(BACKENDS)
    if rng.random() > 0.05:
        parts["BACKEND"] = backend
    if rng.random() < 0.3:
        parts["NAME"] = rng.choice(['"a"', '"b"', '"django"', "None", "1"])
    if rng.random() < 0.5:
        parts["DIRS"] = rng.choice(["[]", '["templates"]', '"templates"', "None", 'BASE_DIR / "t"', "[BASE_DIR]", '("x",)'])
    if rng.random() < 0.5:
        parts["APP_DIRS"] = rng.choice(["True", "False", "1", "None"])
    if rng.random() < 0.6:
        keys = rng.sample(OPTION_KEYS, rng.randint(0, 3)) + (["bogus"] if rng.random() < 0.1 else [])
        options = "{" + ", ".join(f'"{key}": {option_value(rng, key)}' for key in keys) + "}"
        parts["OPTIONS"] = options if rng.random() > 0.1 else rng.choice(["None", "[]"])
    if rng.random() < 0.08:
        parts["EXTRA"] = "1"
    return "    {\n" + "".join(f'        "{key}": {value},\n' for key, value in parts.items()) + "    },\n"


def random_case(rng, number):
    templates = "[\n" + "".join(entry(rng) for _ in range(rng.choice([0, 1, 1, 1, 2, 2, 3]))) + "]"
    apps, files = [], {"mysite/tags.py": T.LIBRARY, "mysite/notags.py": "X = 1\n", "mysite/templates/.keep": ""}
    for app in rng.sample(["blog", "shop", "forum"], rng.randint(0, 3)):
        files.update(T.app(app, *rng.sample(["utils", "static", "humanize", "i18n", "extras", "log"], rng.randint(0, 2))))
        apps.append(app)
    for contrib, chance in (("django.contrib.humanize", 0.3), ("django.contrib.admin", 0.2)):
        if rng.random() < chance:
            apps.insert(0, contrib)
    return T.case(f"random-{number:02d}", "A random TEMPLATES and apps with tag libraries (seeded).", templates, apps=apps,
                  files=files)


def main():
    rng = random.Random(SEED)
    for number in range(COUNT):
        slug, data = random_case(rng, number)
        with open(os.path.join(OUT, f"templates-{slug}.json"), "w", encoding="utf-8") as out:
            json.dump(data, out, indent=2, ensure_ascii=False)
            out.write("\n")
    print(f"{COUNT} inputs in {os.path.relpath(OUT)}")


if __name__ == "__main__":
    main()
