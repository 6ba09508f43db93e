/**
 * `npm run new-exercise`: a new exercise folder that already works (it passes
 * `npm run check-exercises` as it is), for a teacher to turn into their own: a small project
 * whose settings leave debug mode on and ALLOWED_HOSTS empty, two goals, their solution and
 * three wrong answers. The teacher rewrites the goal, the files and the checks; the folder's
 * layout and every file's format are there to copy.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { randomInt } from 'node:crypto';

export class ScaffoldError extends Error {}

interface NewExercise {
  /** The chapter's slug: a page content/chapters/<chapter>.mdx. */
  chapter: string;
  /** The folder's name: lower-case words joined by hyphens. */
  name: string;
  title: string;
}

interface Roots {
  exercises: string;
  chapters: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const KEY_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#%^&*(-_=+)';

/** A key as `get_random_secret_key()` makes them (50 characters), so the check finds nothing weak in it. */
function secretKey(): string {
  return Array.from({ length: 50 }, () => KEY_CHARS[randomInt(KEY_CHARS.length)]).join('');
}

const yamlString = (text: string) => JSON.stringify(text);

function files(exercise: NewExercise, key: string): Record<string, string> {
  const settings = (debug: string, hosts: string) => `"""Settings of a shop that goes live at shop.example.com."""

import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]

DEBUG = ${debug}

ALLOWED_HOSTS = ${hosts}

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.common.CommonMiddleware",
]

ROOT_URLCONF = "mysite.urls"

STATIC_URL = "static/"
`;
  return {
    'exercise.md': `---
title: ${yamlString(exercise.title)}
chapter: ${exercise.chapter}
tabs: [mysite/settings.py]
settings_module: mysite.settings
deploy: true
env:
  DJANGO_SECRET_KEY: ${yamlString(key)}
hints:
  - "\`DEBUG\` must be the value \`False\`, not the string \`'False'\`."
  - "\`ALLOWED_HOSTS\` lists the host names the site answers to: \`['shop.example.com']\`."
---
The shop goes live at **shop.example.com** tomorrow. Make \`manage.py check --deploy\` stop
warning about debug mode, and let Django answer for the shop's domain, and only for it.
`,
    '_files/mysite/__init__.py': '',
    '_files/mysite/settings.py': settings('True', '[]'),
    '_files/mysite/urls.py': 'urlpatterns = []\n',
    '_solution/mysite/settings.py': settings('False', '["shop.example.com"]'),
    'checks.py': `from minidjango.exercises import goal


@goal("Debug mode is off: DEBUG is False (no security.W018)")
def debug_off(run):
    return run.error is None and not run.has("security.W018") and run.setting("DEBUG") is False


@goal("ALLOWED_HOSTS lets Django answer for shop.example.com, and only for it")
def hosts(run):
    if run.error is not None:
        return False
    from django.http.request import validate_host

    hosts = run.setting("ALLOWED_HOSTS")
    return validate_host("shop.example.com", hosts) and not validate_host("attacker.test", hosts)
`,
    'wrong-answers.yaml': `# Typical mistakes, replayed by npm run check-exercises: each starts from the solution (or, with
# \`from: starter\`, the starter), replaces text in the files it names, and must leave unmet exactly
# the goals whose titles contain one of \`unmet\`; every other goal must be met.

- name: "DEBUG = 'False' (a string, which is true) leaves debug mode on"
  edits:
    - file: mysite/settings.py
      replace: DEBUG = False
      with: DEBUG = 'False'
  unmet: [Debug mode is off]

- name: "ALLOWED_HOSTS = ['*'] answers for any domain"
  edits:
    - file: mysite/settings.py
      replace: ALLOWED_HOSTS = ["shop.example.com"]
      with: ALLOWED_HOSTS = ["*"]
  unmet: [ALLOWED_HOSTS]

- name: "turning DEBUG off alone leaves ALLOWED_HOSTS empty"
  from: starter
  edits:
    - file: mysite/settings.py
      replace: DEBUG = True
      with: DEBUG = False
  unmet: [ALLOWED_HOSTS]
`,
  };
}

/** Write the folder content/exercises/<chapter>/<name>/; returns the files written, relative to where the command runs. */
export function scaffoldExercise(exercise: NewExercise, roots: Roots): string[] {
  if (!SLUG.test(exercise.chapter)) throw new ScaffoldError(`--chapter ${JSON.stringify(exercise.chapter)}: a chapter is a slug, such as deployment-settings`);
  if (!existsSync(join(roots.chapters, `${exercise.chapter}.mdx`)) && !existsSync(join(roots.chapters, `${exercise.chapter}.md`))) {
    throw new ScaffoldError(`--chapter ${exercise.chapter}: there is no chapter ${relative(process.cwd(), join(roots.chapters, exercise.chapter))}.mdx`);
  }
  if (!SLUG.test(exercise.name)) throw new ScaffoldError(`--name ${JSON.stringify(exercise.name)}: the name is the folder's, lower-case words joined by hyphens, such as debug-off`);
  if (exercise.title.trim() === '') throw new ScaffoldError('--title: an exercise needs a title, such as "Turn debug mode off"');
  const dir = join(roots.exercises, exercise.chapter, exercise.name);
  if (existsSync(dir)) throw new ScaffoldError(`${relative(process.cwd(), dir)} exists already: choose another --name`);
  const written: string[] = [];
  for (const [path, text] of Object.entries(files({ ...exercise, title: exercise.title.trim() }, secretKey()))) {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text, { flag: 'wx' });
    written.push(relative(process.cwd(), full));
  }
  return written;
}
