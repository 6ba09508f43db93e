/**
 * The engine's file names in the built site. Hosts cache them for a year, so a name must change
 * whenever what is in the file can: else readers would keep an old engine after a release.
 */
import { describe, expect, it } from 'vitest';
import { engineAssets } from '../../../src/engine/build/assets';

const sources = { 'minidjango/api.py': 'def handle(request): ...\n', 'django/__init__.py': 'VERSION = (6, 1)\n' };

describe("the engine's files in the build", () => {
  it("sit in a folder named after Pyodide's version", () => {
    expect(engineAssets(sources).pyodidePath).toMatch(/^pyodide\/\d+\.\d+\.\d+\/$/);
  });

  it('are named after their content: the same sources, the same names, in any order', () => {
    const reordered = Object.fromEntries(Object.entries(sources).reverse());
    expect(engineAssets(reordered)).toEqual(engineAssets(sources));
  });

  it.each([
    ['a source changes', { ...sources, 'minidjango/api.py': 'def handle(request): return 1\n' }],
    ['a source is added', { ...sources, 'django/urls/__init__.py': '' }],
    ['a source is renamed', { 'minidjango/api2.py': sources['minidjango/api.py'], 'django/__init__.py': sources['django/__init__.py'] }],
  ])('get new names when %s', (_when, changed) => {
    const before = engineAssets(sources);
    const after = engineAssets(changed);
    expect(after.snapshotFile).not.toBe(before.snapshotFile);
    expect(after.sourceFiles).not.toEqual(before.sourceFiles);
  });
});
