/**
 * The build-time memory snapshot (Pyodide's private snapshot API, hence the exact pyodide pin):
 * made afresh, restored into a new interpreter, it must answer exactly as a plain start does.
 * If it broke, every page would fall back to nothing: the playground would never answer.
 */
import { fileURLToPath } from 'node:url';
import { loadPyodide } from 'pyodide';
import { describe, expect, it } from 'vitest';
import { makeEngineSnapshot } from '../../src/engine/build/snapshot';
import { readPythonSources } from '../../src/engine/build/python-sources';
import { installPythonSources, startPythonEngine } from '../../src/engine/pyodide-engine';
import { withRoomForSnapshot } from '../../src/engine/snapshot-room';
import packageJson from '../../package.json' with { type: 'json' };

const indexURL = fileURLToPath(new URL('../../node_modules/pyodide/', import.meta.url));
const request = JSON.stringify({
  op: 'check',
  files: { 'mysite/__init__.py': '', 'mysite/settings.py': 'DEBUG = True\nSECRET_KEY = "x"\nALLOWED_HOSTS = []\n' },
  settings_module: 'mysite.settings',
  deploy: true,
});

describe('the engine snapshot', () => {
  it('is made with an exactly pinned pyodide (its snapshot API is private)', () => {
    expect(packageJson.dependencies.pyodide).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('restores into an interpreter that answers as a plain start does', async () => {
    const sources = readPythonSources();
    const { bytes: snapshot } = await makeEngineSnapshot(sources);
    const restored = await withRoomForSnapshot(snapshot, () =>
      loadPyodide({ indexURL, jsglobals: Object.create(null), env: {}, _loadSnapshot: snapshot } as Parameters<typeof loadPyodide>[0]),
    );
    installPythonSources(restored, sources);
    const plain = await loadPyodide({ indexURL, jsglobals: Object.create(null), env: {} });
    installPythonSources(plain, sources);
    // Django keeps its checks in a set, so messages come in no fixed order: compare them sorted.
    const answer = (engine: ReturnType<typeof startPythonEngine>) => {
      const result = JSON.parse(engine.handle(request)) as { error: unknown; messages: Array<{ id: string }> };
      result.messages.sort((a, b) => a.id.localeCompare(b.id));
      return result;
    };
    const fromSnapshot = answer(startPythonEngine(restored));
    expect(fromSnapshot).toEqual(answer(startPythonEngine(plain)));
    expect(fromSnapshot.messages.map((m: { id: string }) => m.id)).toContain('security.W018');
    // Three interpreters and the engine's whole warm-up: beside other test files on two cores this
    // takes minutes, not the default minute.
  }, 300_000);
});
