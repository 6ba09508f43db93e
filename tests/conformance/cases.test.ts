/**
 * Which case files `npm run conformance` runs: settings and urls cases through the engine, in
 * the order of their paths; python cases are left to tests/python/django/recorded.test.ts; a
 * case of no known kind stops the run instead of passing unnoticed.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCases } from '../../src/conformance/cases';

let folder = '';

function write(files: Record<string, object | string>): string {
  folder = mkdtempSync(join(tmpdir(), 'cases-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(folder, path, '..'), { recursive: true });
    writeFileSync(join(folder, path), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return folder;
}

afterEach(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('the cases of a run', () => {
  it('are the settings and urls cases under the folders given, by path; python cases set aside', () => {
    const root = write({
      'urls/001-a.json': { kind: 'urls', description: 'a' },
      'settings/002-b.json': { kind: 'settings', description: 'b' },
      'settings/001-c.json': { kind: 'settings', description: 'c' },
      'python/001-d.json': { kind: 'python', description: 'd' },
      'settings/README.md': 'not a case',
    });
    const loaded = loadCases([join(root, 'urls'), join(root, 'settings'), join(root, 'python')]);
    expect(loaded.cases.map((c) => c.case.description)).toEqual(['c', 'b', 'a']);
    expect(loaded.others).toEqual([join(root, 'python/001-d.json')]);
  });

  it("set aside the corpus's kinds no engine answers yet, so a run over all of it still ends with its count", () => {
    const root = write({ 'db/001-a.json': { kind: 'db', description: 'a filter' }, 'urls/001-b.json': { kind: 'urls', description: 'b' } });
    const loaded = loadCases([root]);
    expect(loaded.cases.map((c) => c.case.description)).toEqual(['b']);
    expect(loaded.unanswered).toEqual([{ path: join(root, 'db/001-a.json'), kind: 'db', description: 'a filter' }]);
  });

  it('stop at a case of no known kind, naming it', () => {
    const root = write({ 'x.json': { kind: 'setting', description: 'a typo' } });
    expect(() => loadCases([root])).toThrow(`${join(root, 'x.json')}: a case's kind is one of settings, urls, nginx-syntax, nginx-balancing, http, cache, collectstatic, python, db, not "setting"`);
  });
});
