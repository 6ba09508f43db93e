/**
 * The exercise format. An exercise is a folder of data under content/exercises/<chapter>/<name>/:
 *
 *   exercise.md   frontmatter (the fields of ExerciseMeta) and, as its body, the goal in Markdown
 *   _files/       the starter project, as the reader first sees it
 *   _solution/    the files that differ in a solution (the rest is the starter's)
 *   checks.py     the goals, in Python, judged by the engine (see src/python/minidjango/exercises.py)
 *
 * Adding an exercise needs no TypeScript. The page, the tests and the grader read it alike.
 */
import { z } from 'astro/zod';
import type { ProjectFiles } from '../engine/protocol';

export const exerciseMetaSchema = z
  .object({
    title: z.string().min(1),
    /**
     * What the checker runs: `settings` is `manage.py check [--deploy]` on the settings module;
     * `urls` is the URL system on root_urlconf (its checks, and the page's URL tester).
     */
    kind: z.enum(['settings', 'urls']).default('settings'),
    /** The chapter (its slug) whose playground this is. */
    chapter: z.string().min(1),
    /** Files shown as editor tabs, in this order; the project's other files exist but are not shown. */
    tabs: z.array(z.string().min(1)).min(1),
    settings_module: z.string().default('mysite.settings'),
    /** `check --deploy` (true) or plain `check`. */
    deploy: z.boolean().default(true),
    /** The server's environment variables while the settings load. */
    env: z.record(z.string(), z.string()).default({}),
    /** Third-party packages installed on the server, by their pip names (as in requirements.txt). */
    installed: z.array(z.enum(['python-dotenv', 'django-environ', 'whitenoise'])).default([]),
    /** The site runs behind a proxy that terminates TLS (nginx); unset, the course infers it from USE_X_FORWARDED_HOST/PORT. */
    behind_proxy: z.boolean().optional(),
    /**
     * The project's nginx configuration (one of the files, usually the tab nginx.conf), checked as
     * `nginx -t` checks it, beside the settings; `project_dir` is where the project is on the server.
     */
    nginx: z
      .object({ conf: z.string().min(1).default('nginx.conf'), project_dir: z.string().startsWith('/').default('/srv/mysite') })
      .strict()
      .optional(),
    /** kind: urls — the URLconf, and the settings on top of the URL tester's defaults (e.g. APPEND_SLASH). */
    root_urlconf: z.string().default('mysite.urls'),
    settings: z.record(z.string(), z.unknown()).default({}),
    /** kind: urls — the path the URL tester starts with, and a reverse() to start with. */
    try_path: z.string().startsWith('/').default('/'),
    try_reverse: z.string().default(''),
    /**
     * The request panel (src/playground/request-panel.ts): the request it starts with, sent to the
     * reader's project as gunicorn hands it to Django; `preset` applies one of the panel's presets
     * (request-plan.ts) to it. Without it the exercise has no panel.
     */
    request: z
      .object({
        method: z.string().min(1).default('GET'),
        url: z.string().regex(/^https?:\/\/[^/]+/),
        headers: z.record(z.string(), z.string()).default({}),
        body: z.string().default(''),
        preset: z.enum(['browser', 'nginx', 'nginx-host']).optional(),
      })
      .strict()
      .optional(),
    /**
     * The cache timeline panel (src/playground/cache-timeline-panel.ts): the requests it starts
     * with, each sent at `at` seconds to an app server (`server`, one of `servers`), on the
     * engine's clock; `database` is the dotted path of the function whose calls count as queries.
     * Without it the exercise has no timeline.
     */
    cache_timeline: z
      .object({
        requests: z
          .array(z.object({ at: z.number().min(0), url: z.string().regex(/^https?:\/\/[^/]+/), server: z.string().min(1).optional() }).strict())
          .min(1),
        servers: z.array(z.string().min(1)).min(1).default(['app1']),
        database: z.string().regex(/^[A-Za-z_][\w.]*\.[A-Za-z_]\w*$/),
      })
      .strict()
      .optional(),
    /**
     * The collectstatic panel (src/playground/collectstatic-panel.ts): the command line after
     * `manage.py collectstatic` it starts with. Without it the exercise has no panel.
     */
    collectstatic: z
      .object({ args: z.array(z.string()).default(['--noinput']) })
      .strict()
      .optional(),
    /** Revealed one at a time, in this order. */
    hints: z.array(z.string().min(1)).default([]),
  })
  .strict();

type ExerciseMeta = z.infer<typeof exerciseMetaSchema>;

export interface Exercise extends ExerciseMeta {
  /** "<chapter folder>/<exercise folder>", e.g. "deployment-settings/production-settings". */
  id: string;
  /** The goal, in Markdown. */
  goal: string;
  starter: ProjectFiles;
  /** The whole project as solved (starter files overlaid with _solution/). */
  solution: ProjectFiles;
  /** The text of checks.py. */
  checks: string;
}
