/**
 * One Python engine (Pyodide in a Node worker thread) per test file, booted once.
 *
 *   const engine = useEngine();
 *   const result = await engine.check({ 'mysite/settings.py': '...' });
 */
import { afterAll, beforeAll } from 'vitest';
import type { EngineClient, EngineClientOptions } from '../../src/engine/client';
import { startNodeEngine } from '../../src/engine/node/node-engine';
import type { CheckRequest, CheckResult, RequestFiles } from '../../src/engine/protocol';

export interface TestEngine {
  readonly client: EngineClient;
  /** `manage.py check --deploy` on these files (mysite/__init__.py is added when missing). */
  check(files: RequestFiles, options?: Partial<Omit<CheckRequest, 'op' | 'files'>>): Promise<CheckResult>;
}

export function useEngine(options: Omit<EngineClientOptions, 'spawn'> = {}): TestEngine {
  let client: EngineClient | undefined;
  beforeAll(async () => {
    // Tests assert what the engine answers, not how fast (the bench does): the reader's 2 s
    // limit would fail them on a busy machine. Tests of the limit itself set their own.
    client = startNodeEngine({ timeLimitMs: 20_000, ...options });
    await client.whenReady();
  });
  afterAll(() => client?.close());
  return {
    get client() {
      if (!client) throw new Error('useEngine(): the engine is used before beforeAll ran');
      return client;
    },
    check(files, request = {}) {
      return this.client.call({
        op: 'check',
        files: { 'mysite/__init__.py': '', ...files },
        settings_module: 'mysite.settings',
        deploy: true,
        ...request,
      });
    },
  };
}
