/**
 * Every `python` case recorded from real Django (tools/oracle/cases/python/) replayed against
 * the mini Django: the same snippet of Django's Python API must give the same value, or raise
 * the same exception with the same text. A failure here is a place where a reader's code (a
 * settings module, a view, a custom check) would see our Django behave unlike the real one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withCaseDirToken } from '../../../src/conformance/compare';
import { usePython } from '../../support/python';

interface PythonCase {
  kind: 'python';
  description: string;
  files?: Record<string, string>;
  env?: Record<string, string>;
  code: string;
  expected: unknown;
}

const FOLDER = new URL('../../../tools/oracle/cases/python/', import.meta.url);
const cases = readdirSync(FOLDER)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => [name, JSON.parse(readFileSync(new URL(name, FOLDER), 'utf8')) as PythonCase] as const);

const python = usePython();

describe('python cases recorded from real Django', () => {
  it.each(cases)('%s', (_name, c) => {
    // Paths in the recording name the oracle's case folder as <CASE_DIR>, as the corpus does.
    expect(withCaseDirToken(python.run(c.code, c.files ?? {}, c.env ?? {}), python.projectDir)).toEqual(c.expected);
  });
});
