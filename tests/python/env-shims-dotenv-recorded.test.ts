/**
 * python-dotenv's behaviour recorded from the real library (tools/oracle/generators/shims_dotenv.py,
 * into tools/oracle/thirdparty/cases/python/) replayed against our shim, installed as an exercise
 * installs it. A failure is a .env file that a reader's settings would read differently here than
 * with the real python-dotenv: a value, a key, a warning, a path or the environment after loading.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withCaseDirToken } from '../../src/conformance/compare';
import { usePython } from '../support/python';

interface RecordedCase {
  description: string;
  installed: string[];
  files?: Record<string, string>;
  env?: Record<string, string>;
  code: string;
  expected: unknown;
}

const FOLDER = new URL('../../tools/oracle/thirdparty/cases/python/', import.meta.url);
const cases = readdirSync(FOLDER)
  .filter((name) => name.startsWith('shims-dotenv-') && name.endsWith('.json'))
  .sort()
  .map((name) => [name, JSON.parse(readFileSync(new URL(name, FOLDER), 'utf8')) as RecordedCase] as const);

const python = usePython({ installed: ['python-dotenv', 'django-environ', 'whitenoise'] });

describe('python-dotenv cases recorded from the real library', () => {
  it('there are enough of them to cover the syntax', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });

  it.each(cases)('%s', (_name, c) => {
    const got = python.run(c.code, c.files ?? {}, c.env ?? {}, c.installed);
    expect(withCaseDirToken(got, python.projectDir)).toEqual(c.expected);
  });
});
