/** Running conformance cases through the engine and comparing the answers. */
import type { EngineClient } from '../engine/client';
import type { RequestRequest } from '../engine/protocol';
import { loadCases, type ConformanceCase } from './cases';
import {
  compareCheckResults,
  compareNginxBalancing,
  compareNginxSyntax,
  compareOutcome,
  NGINX_PREFIX,
  withCaseDirToken,
} from './compare';
import { compareHttpCase } from './http';
import { compareCacheCase } from './cache';
import { collectstaticRequest, compareCollectstatic } from './collectstatic';

interface CaseOutcome {
  path: string;
  description: string;
  differences: string[];
}

async function runCase(engine: EngineClient, c: ConformanceCase, projectDir: string): Promise<string[]> {
  try {
    if (c.kind === 'nginx-syntax') {
      const answer = await engine.call({
        op: 'nginx',
        files: { 'conf/nginx.conf': c.config, ...c.files },
        conf: 'conf/nginx.conf',
        prefix: `${NGINX_PREFIX}/`,
      });
      return compareNginxSyntax(c.expected, answer);
    }
    if (c.kind === 'nginx-balancing') {
      const { expected, kind: _kind, description: _description, client_keepalive: _keepalive, ...rest } = c;
      const answer = await engine.call({ op: 'balance', ...rest });
      return compareNginxBalancing(expected, answer);
    }
    if (c.kind === 'http') {
      const request: RequestRequest = { op: 'request', files: c.files, settings_module: c.settings_module, env: c.env, requests: c.requests };
      const answer = await engine.call(request);
      return compareHttpCase(c, withCaseDirToken(answer, projectDir));
    }
    if (c.kind === 'cache') return compareCacheCase(c, await engine.call({ op: 'cache', caches: c.caches, ops: c.ops }));
    if (c.kind === 'collectstatic') return compareCollectstatic(c, withCaseDirToken(await engine.call(collectstaticRequest(c)), projectDir));
    if (c.kind === 'settings') {
      const answer = await engine.call({
        op: 'check',
        files: c.files,
        settings_module: c.settings_module,
        deploy: c.deploy,
        env: c.env,
        installed: [],
      });
      return compareCheckResults('expected', c.expected, withCaseDirToken(answer, projectDir), c.scope);
    }
    const answer = withCaseDirToken(
      await engine.call({
        op: 'urls',
        files: c.files,
        root_urlconf: c.root_urlconf,
        settings: c.settings,
        resolve: c.resolve.map((entry) => entry.path),
        reverse: c.reverse.map(({ expected: _expected, ...call }) => call),
      }),
      projectDir,
    );
    return [
      ...compareCheckResults('checks', c.checks, answer.checks, c.scope),
      ...c.resolve.flatMap((entry, i) =>
        compareOutcome(`resolve[${i}] ${JSON.stringify(entry.path)}`, entry.expected, answer.resolve[i]),
      ),
      ...c.reverse.flatMap((entry, i) =>
        compareOutcome(`reverse[${i}] ${JSON.stringify(entry.viewname ?? entry.callable)}`, entry.expected, answer.reverse[i]),
      ),
    ];
  } catch (error) {
    return [`the engine failed: ${error instanceof Error ? error.message : String(error)}`];
  }
}

interface CaseRuns {
  outcomes: CaseOutcome[];
  /** Cases of a kind the engine does not answer (see loadCases). */
  skipped: string[];
}

export async function runCases(engine: EngineClient, roots: string[]): Promise<CaseRuns> {
  const { project_dir: projectDir } = await engine.call({ op: 'ping' });
  const { cases, others, unanswered } = loadCases(roots);
  const outcomes: CaseOutcome[] = unanswered.map(({ path, kind, description }) => ({
    path,
    description,
    differences: [`no engine answers "${kind}" cases yet: the issue that builds it adds the kind`],
  }));
  for (const file of cases) {
    outcomes.push({
      path: file.path,
      description: file.case.description,
      differences: await runCase(engine, file.case, projectDir),
    });
  }
  return { outcomes, skipped: others };
}
