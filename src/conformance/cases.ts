/** The conformance corpus's case files (see ../shared/conformance/FORMAT.md). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type {
  BalanceRequestLine,
  EngineError,
  ProjectFiles,
  ResolveOutcome,
  ReverseCall,
  ReverseOutcome,
} from '../engine/protocol';
import type { HttpCase } from './http';
import type { CacheCase } from './cache';
import type { CollectstaticCase } from './collectstatic';

export interface ExpectedMessage {
  id: string;
  level: string;
  msg: string;
  hint: string | null;
}

export interface ExpectedCheckResult {
  error: EngineError | null;
  messages: ExpectedMessage[];
}

interface CaseBase {
  description: string;
  /** The message-id prefixes compared (default: the shared corpus's, DEFAULT_SCOPE). */
  scope?: string[];
}

interface SettingsCase extends CaseBase {
  kind: 'settings';
  files: ProjectFiles;
  settings_module: string;
  env: Record<string, string>;
  deploy: boolean;
  expected: ExpectedCheckResult;
}

interface ReverseEntry extends ReverseCall {
  expected: ReverseOutcome;
}

export interface UrlsCase extends CaseBase {
  kind: 'urls';
  files: ProjectFiles;
  root_urlconf: string;
  settings: Record<string, unknown>;
  checks: ExpectedCheckResult;
  resolve: Array<{ path: string; expected: ResolveOutcome }>;
  reverse: ReverseEntry[];
}

/** An nginx -t run (../shared/conformance/nginx/README.md): the config is PREFIX/conf/nginx.conf. */
export interface NginxSyntaxCase extends CaseBase {
  kind: 'nginx-syntax';
  config: string;
  /** Paths relative to the prefix, e.g. conf/snippets/proxy_params. */
  files?: ProjectFiles;
  expected: { ok: boolean; errors: Array<{ level: string; message: string; line: number | null; file?: string }> };
}

/** Requests through an upstream of real nginx, one after another. */
export interface NginxBalancingCase extends CaseBase {
  kind: 'nginx-balancing';
  backends: Record<string, string>;
  upstream: string;
  location_extra?: string;
  worker_processes?: number;
  client_keepalive?: boolean;
  down?: string[];
  requests: BalanceRequestLine[];
  expected: { served_by: string[]; status: number[]; tried: string[][] };
}

export type ConformanceCase = SettingsCase | UrlsCase | NginxSyntaxCase | NginxBalancingCase | HttpCase | CacheCase | CollectstaticCase;

interface CaseFile {
  /** The case's identity: its path as given on the command line, e.g. ../shared/conformance/settings/001-x.json */
  path: string;
  case: ConformanceCase;
}

interface LoadedCases {
  cases: CaseFile[];
  /** The `python` cases' paths: tests/python/django/recorded.test.ts replays those, not the engine. */
  others: string[];
  /** Cases of a kind the corpus has but no engine answers yet: each one counts as failed. */
  unanswered: Array<{ path: string; kind: string; description: string }>;
}

/** The kinds the engine answers (runCase dispatches on them). */
const ENGINE_KINDS: ReadonlySet<string> = new Set(['settings', 'urls', 'nginx-syntax', 'nginx-balancing', 'http', 'cache', 'collectstatic']);
/** The corpus's kinds whose engines their issues have still to build (see ../shared/conformance/). */
const UNBUILT_KINDS: ReadonlySet<string> = new Set(['db']);

/** Every *.json case under the given files or folders, sorted by path. */
export function loadCases(roots: string[]): LoadedCases {
  const paths: string[] = [];
  const walk = (path: string) => {
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) walk(join(path, name));
    } else if (path.endsWith('.json')) {
      paths.push(path);
    }
  };
  roots.forEach(walk);
  const loaded: LoadedCases = { cases: [], others: [], unanswered: [] };
  for (const path of paths.sort()) {
    const read = JSON.parse(readFileSync(path, 'utf8')) as { kind?: unknown; description?: unknown };
    if (typeof read.kind === 'string' && ENGINE_KINDS.has(read.kind)) loaded.cases.push({ path, case: read as ConformanceCase });
    else if (read.kind === 'python') loaded.others.push(path);
    else if (typeof read.kind === 'string' && UNBUILT_KINDS.has(read.kind)) {
      loaded.unanswered.push({ path, kind: read.kind, description: String(read.description ?? '') });
    }
    else throw new Error(`${path}: a case's kind is one of ${[...ENGINE_KINDS, 'python', ...UNBUILT_KINDS].join(', ')}, not ${JSON.stringify(read.kind)}`);
  }
  return loaded;
}
