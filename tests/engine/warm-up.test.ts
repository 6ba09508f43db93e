/**
 * The requests every engine runs before its first call (src/engine/warm-up.ts), answered by the
 * real engine. Each must take the path it is there to warm up: a warm-up that fails half-way
 * leaves the reader's first check to import the rest inside its time limit, and one that turns
 * into a 500 page per middleware made the browser's start-up a second slower.
 */
import { fileURLToPath } from 'node:url';
import { loadPyodide } from 'pyodide';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPythonSources } from '../../src/engine/build/python-sources';
import { installPythonSources, pyodideOptions, startPythonEngine, type PythonEngine } from '../../src/engine/pyodide-engine';
import { WARM_UP_REQUESTS } from '../../src/engine/warm-up';

const indexURL = fileURLToPath(new URL('../../node_modules/pyodide/', import.meta.url));

interface Answer {
  fault?: string;
  error?: unknown;
  responses?: Array<{ status: number }>;
}

describe('the warm-up requests', () => {
  let engine: PythonEngine;
  beforeAll(async () => {
    const pyodide = await loadPyodide({ indexURL, ...pyodideOptions() });
    installPythonSources(pyodide, readPythonSources());
    engine = startPythonEngine(pyodide);
  }, 120_000);

  it.each(WARM_UP_REQUESTS.map((request, index) => [`${index + 1}. ${request.op}`, request]))('%s answers without a fault or an error', (_name, request) => {
    const answer = JSON.parse(engine.handle(JSON.stringify(request))) as Answer;
    expect(answer.fault).toBeUndefined();
    expect(answer.error ?? null).toBeNull();
  });

  it("sends requests that reach the project's pages and 404s, never a 500 page", () => {
    const statuses = WARM_UP_REQUESTS.filter((request) => request.op === 'request').flatMap(
      (request) => (JSON.parse(engine.handle(JSON.stringify(request))) as Answer).responses!.map((response) => response.status),
    );
    expect(statuses).toEqual([200, 404, 404]);
  });
});
