/**
 * The shapes that cross between the page (or a Node tool) and the Python engine.
 *
 * Requests and answers are JSON, mirroring the Python side (`src/python/minidjango/api.py`):
 * the conformance corpus's shapes (`../shared/conformance/FORMAT.md`) plus a `location` on each
 * message and error, so the editor can point at the reader's code.
 */

/** A place in one of the project's files; lines and columns are 1-based, the end is exclusive. */
export interface SourceLocation {
  file: string;
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

type CheckLevel = 'DEBUG' | 'INFO' | 'WARNING' | 'ERROR' | 'CRITICAL';

/** A change to one file: replace the range [line:col, endLine:endCol) by text. */
export interface TextEdit extends SourceLocation {
  text: string;
}

/** A quick fix the editor can apply for a finding, e.g. "Set DEBUG = False". */
export interface QuickFix {
  title: string;
  edits: TextEdit[];
}

/** A system-check message, Django's own (`security.W018`) or the course's (`course.*`). */
export interface CheckMessage {
  id: string;
  level: CheckLevel;
  msg: string;
  hint: string | null;
  location?: SourceLocation | null;
  /** Course checks only: why it matters, and the chapter that teaches it. */
  why?: string;
  chapter?: string;
  /** Edits that would resolve it, when there is an obvious one. */
  fixes?: QuickFix[];
}

/** An exception that ended the run, as Django's traceback tells it. */
export interface EngineError {
  type: string;
  message: string;
  file: string | null;
  line: number | null;
  location?: SourceLocation | null;
  /** What it means, for someone who has never deployed Django. */
  explanation?: string;
}

export interface CheckResult {
  error: EngineError | null;
  messages: CheckMessage[];
  /** When the request's `nginx` asked for it: `nginx -t` on the project's nginx.conf (its findings are in `messages` too). */
  nginx?: NginxBesideAnswer;
}

/** A project's files: path (always '/'-separated, relative) to its text. */
export type ProjectFiles = Record<string, string>;

/** A file given as its exact bytes (a student's file as it is, invalid UTF-8 included). */
interface RawFileContent {
  base64: string;
}

/** The files of a request: text, or raw bytes where the text would not be what Python reads. */
export type RequestFiles = Record<string, string | RawFileContent>;

export interface CheckRequest {
  op: 'check';
  files: RequestFiles;
  settings_module: string;
  deploy: boolean;
  env?: Record<string, string>;
  /** Third-party packages that count as installed: "whitenoise", "python-dotenv", "django-environ". */
  installed?: string[];
  /** Whether to add the course's own checks (course.*) after Django's; true when absent. */
  course?: boolean;
  /**
   * Whether the site runs behind a proxy that terminates HTTPS (nginx, a load balancer), for
   * course.W008. When absent, USE_X_FORWARDED_HOST or USE_X_FORWARDED_PORT set to True count as yes.
   */
  behind_proxy?: boolean;
  /** Check the project's nginx configuration too, and the course's checks across it and the settings. */
  nginx?: NginxBeside;
}

/** The project's nginx configuration, checked beside its settings (see src/python/minidjango/nginx_beside.py). */
interface NginxBeside {
  /** The project file that is nginx's main configuration, default "nginx.conf". */
  conf?: string;
  /** nginx's -p, default "/etc/nginx/". */
  prefix?: string;
  /** The names that resolve, as in the `nginx` operation. Default: localhost. */
  hosts?: string[] | Record<string, string[]>;
  /** Where the project is on the server, default "/srv/mysite" (nginx's paths are compared with the settings' there). */
  project_dir?: string;
}

/** A check run on a project, then the exercise's goals (its checks.py) judged against it. */
export interface ExerciseRequest extends Omit<CheckRequest, 'op'> {
  op: 'exercise';
  /** The text of the exercise's checks.py. */
  checks: string;
  /** `settings` (default): manage.py check on settings_module. `urls`: the URL system on root_urlconf. */
  kind?: 'settings' | 'urls';
  /** kind: urls — as in UrlsRequest. */
  root_urlconf?: string;
  settings?: Record<string, unknown>;
  resolve?: string[];
  reverse?: ReverseCall[];
}

export interface GoalResult {
  title: string;
  passed: boolean;
  /** Set when the goal could not be judged (its code raised): an exercise bug, not the reader's. */
  problem: string | null;
}

export interface ExerciseAnswer extends CheckResult {
  goals: GoalResult[];
  /** kind: urls — the outcome of each path and reverse() asked for. */
  resolve?: ResolveOutcome[];
  reverse?: ReverseOutcome[];
}

/** A Python value as the corpus writes it: [type name, repr], e.g. ["int", "2024"]. */
type TypedValue = [typeName: string, repr: string];

export interface ResolveMatch {
  match: true;
  view: string;
  args: TypedValue[];
  kwargs: Record<string, TypedValue>;
  captured_kwargs: Record<string, TypedValue>;
  extra_kwargs: Record<string, TypedValue>;
  url_name: string | null;
  route: string;
  app_names: string[];
  namespaces: string[];
  view_name: string;
  /** Where the matching pattern is written. */
  location?: SourceLocation | null;
}

export interface Resolve404 {
  match: false;
  tried: string[][];
  tried_display: string[];
  append_slash_redirect: string | null;
  /** Where each tried pattern is written (the innermost pattern of each entry). */
  tried_locations?: Array<SourceLocation | null>;
}

export type ResolveOutcome = ResolveMatch | Resolve404 | { error: EngineError };

export interface ReverseCall {
  viewname?: string;
  /** Instead of viewname: the dotted path of a function in the project, passed as the function. */
  callable?: string;
  args?: unknown[];
  kwargs?: Record<string, unknown>;
  current_app?: string;
  query?: Record<string, unknown>;
  fragment?: string;
}

export type ReverseOutcome = { path: string } | { error: EngineError };

export interface UrlsRequest {
  op: 'urls';
  files: ProjectFiles;
  root_urlconf: string;
  /** Settings on top of the corpus's defaults (ROOT_URLCONF, ALLOWED_HOSTS = ['*'], a SECRET_KEY). */
  settings?: Record<string, unknown>;
  resolve: string[];
  reverse: ReverseCall[];
}

export interface UrlsAnswer {
  checks: CheckResult;
  resolve: ResolveOutcome[];
  reverse: ReverseOutcome[];
}

interface PingRequest {
  op: 'ping';
}

interface PingAnswer {
  django: string;
  python: string;
  /** The absolute path the reader's project has inside the engine (shown in some messages). */
  project_dir: string;
}

// ---- nginx: `nginx -t` and the load balancer ----

/** One line `nginx -t` printed: `[level] message in FILE:LINE`. */
export interface NginxFinding {
  /** `nginx.emerg`, `nginx.warn`, `nginx.crit`: the id the page's findings list shows. */
  id: string;
  level: 'emerg' | 'alert' | 'crit' | 'error' | 'warn' | 'notice' | 'info';
  message: string;
  /** nginx's line, or null when nginx names none (`no "events" section in configuration`). */
  line: number | null;
  /** nginx's path of the file, present only when it is an included file, not the main one. */
  file?: string;
  /** Where the editor should mark it (also for findings nginx gives no line for, when we know). */
  location: SourceLocation | null;
}

interface NginxRequest {
  op: 'nginx';
  /** Paths relative to the prefix (or absolute) to their text. */
  files: ProjectFiles;
  /** The main configuration file (nginx's -c), default "nginx.conf". */
  conf?: string;
  /** nginx's -p, default "/etc/nginx/": relative includes and TLS files are read, and logs written, under it. */
  prefix?: string;
  /** The names that resolve (the machine's hosts file): a list, or name -> addresses. Default: localhost. */
  hosts?: string[] | Record<string, string[]>;
  /** More directories that exist on the machine (for log files). */
  dirs?: string[];
}

export interface NginxAnswer {
  /** Whether `nginx -t` would exit 0 (warnings do not fail it). */
  ok: boolean;
  errors: NginxFinding[];
}

/** An `upstream` block as written: what the page's balancer animation can simulate. */
export interface NginxUpstream {
  name: string;
  method: string;
  servers: Array<{ address: string; weight: number; backup: boolean; down: boolean }>;
}

export interface NginxBesideAnswer extends NginxAnswer {
  /** The project file checked. */
  conf: string;
  /** The configuration's upstream blocks (none when it fails `nginx -t`). */
  upstreams: NginxUpstream[];
}

export interface BalanceRequestLine {
  /** The client's address (ip_hash takes its /24, `hash $remote_addr` all of it). */
  client: string;
  /** Sleep before sending this request. */
  delay_ms?: number;
  /** The backends stopped from this request on (replaces the request's `down`). */
  down?: string[];
  /** Which worker process accepts it (several workers without a zone each keep their own state). */
  worker?: number;
  path?: string;
  headers?: Record<string, string>;
  /** How long the request takes (nginx's clock moves on). */
  duration_ms?: number;
}

interface BalanceRequest {
  op: 'balance';
  /** The text inside `upstream pool { ... }` (the corpus's form), or else `files` with `upstream_name`. */
  upstream?: string;
  /** Directives of the location that proxies to it, e.g. "proxy_next_upstream off;". */
  location_extra?: string;
  worker_processes?: number;
  files?: ProjectFiles;
  conf?: string;
  prefix?: string;
  upstream_name?: string;
  /** id -> address as in the upstream, e.g. {"b1": "127.0.0.1:18101"}: answers name servers by id. */
  backends?: Record<string, string>;
  /** Backends (ids or addresses) stopped for the whole run. */
  down?: string[];
  requests: BalanceRequestLine[];
  hosts?: string[] | Record<string, string[]>;
  /** Where in nginx's whole second the first request falls (its clock ticks in seconds). */
  clock_ms?: number;
}

interface BalanceServer {
  address: string;
  name: string;
  weight: number;
  max_fails: number;
  fail_timeout: number;
  backup: boolean;
  down: boolean;
  line: number;
}

export interface BalanceAnswer {
  /** False when the configuration fails `nginx -t`: nginx would not start; `errors` says why. */
  ok: boolean;
  errors: NginxFinding[];
  /** Per request: the backend that answered, or "HTTP 502". */
  served_by: string[];
  status: number[];
  /** Per request: every backend tried, in order (the upstream's name when none was live). */
  tried: string[][];
  /** False when real nginx would not route the same way each time (random; workers without a zone). */
  deterministic?: boolean;
  upstream?: { name: string; method: string; servers: BalanceServer[] };
}

/** One request sent to the reader's project, as a browser (or nginx in front) would send it. */
export interface HttpRequestLine {
  method: string;
  /** Absolute: the scheme and host decide wsgi.url_scheme, HTTP_HOST, SERVER_NAME and SERVER_PORT. */
  url: string;
  headers?: Record<string, string>;
  /** Sent as UTF-8; `{csrftoken}` is replaced by the jar's csrftoken cookie. */
  body?: string;
  /** False: send no Cookie header, whatever the jar holds. */
  cookies?: boolean;
  remote_addr?: string;
}

/** Requests through the reader's project as gunicorn would hand them to Django's WSGI handler. */
export interface RequestRequest {
  op: 'request';
  files: RequestFiles;
  settings_module: string;
  env?: Record<string, string>;
  installed?: string[];
  /** Run one after another in one process: module state and caches carry from one to the next. */
  requests: HttpRequestLine[];
  /** The cookies a browser holds for the site before the first request (name to value). */
  jar?: Record<string, string>;
  /** Project files of Django JSON fixtures loaded, in order, into the fresh sqlite database (issue 12). */
  fixtures?: string[];
}

/** One step of what decided a response ("SecurityMiddleware: 301 to https:// because ..."). */
export interface TraceStep {
  actor: string;
  text: string;
  /** The setting that decided it, when one did; `location` is its line in the reader's settings. */
  setting: string | null;
  location?: SourceLocation | null;
}

export interface HttpResponseAnswer {
  status: number;
  reason: string;
  /** In the order Django gives them. */
  headers: [name: string, value: string][];
  /** The body as text when it is UTF-8 (and not gzip); otherwise `body_base64`. */
  body?: string;
  body_base64?: string;
  trace: TraceStep[];
  /** How long Django took to answer, body included (not sent: absent). */
  ms?: number;
  /** When the body was longer than the engine returns: how many bytes were left out (the text ends with a note). */
  body_cut?: number;
  /** A streamed body the engine stopped reading (it went on past 1 MiB); the text ends with a note. */
  body_unread?: boolean;
  /** Set when the handler itself raised instead of answering (Django turns almost everything into a response). */
  error?: EngineError;
  /** The SQL that ran while the request was handled, when the project has a sqlite database (issue 12). */
  queries?: RanQuery[];
}

export interface RequestAnswer {
  /** Set when the project could not be loaded at all; then `responses` is empty. */
  error: EngineError | null;
  responses: HttpResponseAnswer[];
  /** The jar after the last response. */
  jar: Record<string, string>;
}

/** Every request the engine understands, and the answer each one gets. */
interface EngineOperations {
  check: { request: CheckRequest; answer: CheckResult };
  urls: { request: UrlsRequest; answer: UrlsAnswer };
  exercise: { request: ExerciseRequest; answer: ExerciseAnswer };
  ping: { request: PingRequest; answer: PingAnswer };
  nginx: { request: NginxRequest; answer: NginxAnswer };
  balance: { request: BalanceRequest; answer: BalanceAnswer };
  request: { request: RequestRequest; answer: RequestAnswer };
  collectstatic: { request: CollectstaticRequest; answer: CollectstaticAnswer };
  db: { request: DbRequest; answer: DbAnswer };
}

export type EngineRequest = EngineOperations[keyof EngineOperations]['request'];
export type AnswerTo<R extends EngineRequest> = EngineOperations[R['op']]['answer'];

/** What the engine answers when the request itself was malformed (a caller's bug). */
export interface EngineFault {
  fault: string;
}

// ---- messages between a client and the worker that hosts Pyodide ----

export type BootPhase = 'runtime' | 'stdlib' | 'engine' | 'ready';

/**
 * The memory a client shares with its worker (when it can: SharedArrayBuffer), as Int32 slots:
 * the signal the client writes at the time limit (2, SIGINT; Pyodide and the engine read it), and
 * the size of the worker's WebAssembly memory in MiB, which the worker keeps up to date, so that
 * a client whose worker stopped answering can tell a memory bomb from a loop.
 */
export const SHARED_SLOTS = { signal: 0, memoryMiB: 1, count: 2 } as const;

export interface DownloadedBytes {
  received: number;
  total: number;
}

export type ToWorker =
  | { type: 'boot'; interruptBuffer: SharedArrayBuffer | null }
  | { type: 'call'; id: number; request: string };

export type FromWorker =
  /** `bytes`: while the snapshot downloads, how much of it has arrived (its size unpacked, as the body yields it). */
  | { type: 'progress'; phase: BootPhase; fraction: number; bytes?: DownloadedBytes }
  | { type: 'ready' }
  /** `ms`: how long the engine took, inside the worker (what a benchmark of the engine reads). */
  | { type: 'answer'; id: number; answer: string; ms: number }
  /** The interpreter itself failed (out of memory, stack overflow in C): the worker must be replaced. */
  | { type: 'crashed'; id: number; message: string }
  /**
   * Python waits (`waiting`), or has stopped waiting, for a file of the site it reads on first
   * use: the standard library's zip, a bundle of the engine's sources. The download's time is the
   * network's, not the reader's code's: it does not count against the call's time limit.
   */
  | { type: 'download'; waiting: boolean }
  | { type: 'boot-failed'; message: string };

// ---- the cache (issue 11): Django's cache API on a clock the engine controls ----

/** A JSON value for a cache call, with tags: {$tuple: [...]}, {$callable: v} (returns v), {$var: name}. */
type CacheValue = unknown;

/** One call of a cache's method (get, set, incr, ...) or of the runner's (view, let, var_get, ...). */
export interface CacheCall {
  /** Seconds since the start; never less than the call before. */
  at: number;
  call: string;
  args?: CacheValue[];
  kwargs?: Record<string, CacheValue>;
  /** The CACHES alias (default "default"). */
  cache?: string;
  /** Keep the result in a variable of that name. */
  as?: string;
}

/** Calls of Django's cache API, in one process, on the engine's clock (../shared/conformance/cache/README.md). */
export interface CacheRequest {
  op: 'cache';
  /** The CACHES setting. */
  caches: Record<string, unknown>;
  ops: CacheCall[];
  /** Answer each call's own time too (`us`): what the benchmark reads. */
  timed?: boolean;
}

/** A call's outcome: its result as [type name, repr], or the exception it raised; and its warnings. */
export interface CacheOutcome {
  result?: [type: string, repr: string];
  error?: { type: string; message: string };
  warnings?: Array<{ category: string; message: string }>;
}

export interface CacheAnswer {
  results: CacheOutcome[];
  /** With `timed`: each call's time in microseconds, the cache's method alone (the runner's work left out). */
  us?: number[];
}

/** One request of a cache timeline: sent at `at` seconds to one app server. */
export interface CacheTimelineLine {
  at: number;
  url: string;
  /** The app server that handles it (default: the first of `servers`). */
  server?: string;
  method?: string;
  headers?: Record<string, string>;
}

/** The reader's project answering requests on a clock, on one or more app servers (minidjango/cache_timeline.py). */
export interface CacheTimelineRequest {
  op: 'cache_timeline';
  files: RequestFiles;
  settings_module: string;
  env?: Record<string, string>;
  installed?: string[];
  timeline: CacheTimelineLine[];
  /** The app servers, each a process with its own LocMemCache (default: those the timeline names). */
  servers?: string[];
  /** The dotted path of the function that stands for the database: each call is one query. */
  database?: string;
}

/** What the cache did during a request: a get that hit or missed, a set, add, delete or touch. */
interface CacheStep {
  alias: string;
  /** "hit", "miss", "set", "add", "delete", "touch", or "add (not done)" and the like for a False answer. */
  did: string;
  key: string;
}

/** What a cache alias holds on a server after a request. */
interface CacheHeld {
  alias: string;
  /** True for a cache every server reaches (Redis, Memcached, the database); false for LocMemCache. */
  shared: boolean;
  count: number;
  /** Each stored key (as made: prefix:version:key) and when it expires, in seconds since the start (null: never). */
  entries: Array<{ key: string; expires: number | null; expired: boolean }>;
}

export interface CacheTimelineEvent {
  at: number;
  server: string;
  method: string;
  url: string;
  response: Omit<HttpResponseAnswer, 'trace'>;
  cache: CacheStep[];
  hits: number;
  misses: number;
  /** Calls of the `database` function during the request. */
  queries: number;
  held: CacheHeld[];
}

export interface CacheTimelineAnswer {
  /** Set when the project could not be loaded; then `events` is empty. */
  error: EngineError | null;
  servers: string[];
  events: CacheTimelineEvent[];
}

interface EngineOperations {
  cache: { request: CacheRequest; answer: CacheAnswer };
  cache_timeline: { request: CacheTimelineRequest; answer: CacheTimelineAnswer };
}

// ---- collectstatic (issue 11) ----

/** `python manage.py collectstatic ARGS` on the reader's project (see minidjango/operations/collectstatic.py). */
export interface CollectstaticRequest {
  op: 'collectstatic';
  files: RequestFiles;
  /** Default "mysite.settings". */
  settings_module?: string;
  /** Written as mysite/settings.py (one `NAME = literal` line each), as the corpus does. */
  settings?: Record<string, unknown>;
  /** The command line after `collectstatic`, e.g. ["--noinput", "--clear"]. */
  args: string[];
  env?: Record<string, string>;
  installed?: string[];
  /** Glob patterns under STATIC_ROOT whose text comes back in `contents`. */
  inspect?: string[];
  /** Path prefixes under STATIC_ROOT counted in `copied_elided` instead of listed in `copied`. */
  elide?: string[];
}

/** One file a finder listed: where it goes under STATIC_ROOT, where it came from, and whether it was collected. */
export interface CollectstaticSource {
  path: string;
  /** Project-relative, or the package path of an installed app's file (django/contrib/admin/static/...). */
  source: string;
  finder: string;
  /** False: an earlier file with the same destination shadowed it. */
  kept: boolean;
}

export interface CollectstaticAnswer {
  error: EngineError | null;
  exit_code: number;
  output: string[];
  stderr: string[];
  /** Every file under STATIC_ROOT afterwards, sorted. */
  copied: string[];
  copied_elided?: Record<string, { count: number; sample: string[] }>;
  /** staticfiles.json, parsed, when there is one. */
  manifest: { paths: Record<string, string>; version: string; hash: string } | null;
  contents?: Record<string, string>;
  /** STATIC_ROOT (project-relative when inside the project), or null when unset. */
  static_root: string | null;
  sources: CollectstaticSource[];
  ms: number;
}

// ---- db (issue 12): code run against a project's models on sqlite ----

/** Code run against the models of `apps` on a fresh in-memory sqlite database (../shared/conformance/db/README.md). */
export interface DbRequest {
  op: 'db';
  files: ProjectFiles;
  /** The case's apps, installed after django.contrib.contenttypes and django.contrib.auth. */
  apps: string[];
  /** {"app_label.Model": [row, ...]}: each row is `Model.objects.create(**row)`, in order. */
  rows?: Record<string, Array<Record<string, unknown>>>;
  /** Run once (imports), in the namespace every query then runs in. */
  setup?: string;
  queries: Array<{ code: string }>;
}

export interface DbQueryAnswer {
  /** [type name, repr] of the last line's value (or of `result`). */
  result?: [string, string];
  error?: { type: string; message: string };
  /** connection.queries' `sql`, in order, while the code ran. */
  sql: string[];
  warnings?: Array<{ category: string; message: string }>;
}

export interface DbAnswer {
  /** Set when the project could not be set up (its models fail to import); then `results` is empty. */
  error: EngineError | null;
  results: DbQueryAnswer[];
}

/** One statement a response ran (connection.queries), in order; see HttpResponseAnswer.queries. */
interface RanQuery {
  sql: string;
}

// ---- exercises over a database (issue 12, chapter 9) ----

export interface ExerciseRequest {
  /** As RequestRequest's: the fixtures each request of the goals (run.request, run.query) starts from. */
  fixtures?: string[];
}
