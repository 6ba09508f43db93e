/**
 * How `npm run conformance` compares our engine's answers with real Django's recorded ones
 * (../shared/conformance/FORMAT.md). If this broke, the corpus could pass while the engine
 * answers differently from Django, or fail on differences the format says not to compare.
 */
import { describe, expect, it } from 'vitest';
import type { ExpectedCheckResult, ExpectedMessage } from '../../src/conformance/cases';
import { compareCheckResults, compareOutcome, withCaseDirToken } from '../../src/conformance/compare';
import type { EngineError } from '../../src/engine/protocol';

const W018: ExpectedMessage = { id: 'security.W018', level: 'WARNING', msg: 'You should not have DEBUG set to True in deployment.', hint: null };
const W004: ExpectedMessage = { id: 'security.W004', level: 'WARNING', msg: 'You have not set a value for the SECURE_HSTS_SECONDS setting.', hint: 'hint' };
const result = (messages: ExpectedMessage[], error: EngineError | null = null): ExpectedCheckResult => ({ error, messages });
const nameError = (line: number, message = "name 'os' is not defined"): EngineError => ({ type: 'NameError', message, file: 'mysite/settings.py', line });

describe('comparing check results', () => {
  it.each<[string, ExpectedCheckResult, ExpectedCheckResult, string[]]>([
    ['the same messages in another order', result([W018, W004]), result([W004, W018]), []],
    ['a message missing', result([W018, W004]), result([W018]), ['expected: missing   - security.W004 WARNING: You have not set a value for the SECURE_HSTS_SECONDS setting. [hint: hint]']],
    ['a message too many', result([W018]), result([W018, W004]), ['expected: unexpected + security.W004 WARNING: You have not set a value for the SECURE_HSTS_SECONDS setting. [hint: hint]']],
    ['a message given once where Django gives it twice', result([W018, W018]), result([W018]), ['expected: missing   - security.W018 WARNING: You should not have DEBUG set to True in deployment.']],
    ['another level', result([W018]), result([{ ...W018, level: 'ERROR' }]), [
      'expected: missing   - security.W018 WARNING: You should not have DEBUG set to True in deployment.',
      'expected: unexpected + security.W018 ERROR: You should not have DEBUG set to True in deployment.',
    ]],
    ['messages of the course and of other areas, outside the corpus', result([W018]), result([W018, { ...W018, id: 'course.W001' }, { ...W018, id: 'templates.W003' }]), []],
  ])('%s', (_what, expected, actual, differences) => {
    expect(compareCheckResults('expected', expected, actual)).toEqual(differences);
  });

  it("compares the ids a case names as its own scope, and only those", () => {
    const actual = result([W018, { ...W018, id: 'files.E001' }]);
    expect(compareCheckResults('checks', result([]), actual, ['files.'])).toEqual([
      'checks: unexpected + files.E001 WARNING: You should not have DEBUG set to True in deployment.',
    ]);
  });

  it.each<[string, EngineError | null, EngineError | null, string[]]>([
    ['the same error', nameError(3), nameError(3), []],
    ['an error where Django has none', null, nameError(3), ['expected.error: expected no error, got NameError: "name \'os\' is not defined" at mysite/settings.py:3']],
    ['no error where Django has one', nameError(3), null, ['expected.error: expected NameError: "name \'os\' is not defined" at mysite/settings.py:3, got no error']],
    ['the error at another line', nameError(3), nameError(4), [
      'expected.error:\n    expected NameError: "name \'os\' is not defined" at mysite/settings.py:3\n    got      NameError: "name \'os\' is not defined" at mysite/settings.py:4',
    ]],
    ['a SyntaxError worded otherwise (Python versions word them differently)',
      { type: 'SyntaxError', message: 'invalid syntax', file: 'mysite/settings.py', line: 2 },
      { type: 'SyntaxError', message: "expected ':'", file: 'mysite/settings.py', line: 2 }, []],
    ['another error worded otherwise', nameError(3), nameError(3, "name 'sys' is not defined"), [
      'expected.error:\n    expected NameError: "name \'os\' is not defined" at mysite/settings.py:3\n    got      NameError: "name \'sys\' is not defined" at mysite/settings.py:3',
    ]],
  ])('finds %s', (_what, expected, actual, differences) => {
    expect(compareCheckResults('expected', result([], expected), result([], actual))).toEqual(differences);
  });

  it('says so when there is no answer at all', () => {
    expect(compareCheckResults('checks', result([]), undefined)).toEqual(['checks: no answer']);
  });
});

describe('comparing a resolve() or reverse() outcome', () => {
  it('compares the keys Django gives, ignoring the ones only the engine adds (where the pattern is written)', () => {
    const expected = { match: true, view: 'blog.views.post', kwargs: { year: ['int', '2024'] } };
    const actual = { ...expected, location: { file: 'blog/urls.py', line: 4 } };
    expect(compareOutcome('resolve[0]', expected, actual)).toEqual([]);
  });

  it('compares objects whatever the order of their keys', () => {
    expect(compareOutcome('resolve[0]', { kwargs: { a: ['int', '1'], b: ['str', "'x'"] } }, { kwargs: { b: ['str', "'x'"], a: ['int', '1'] } })).toEqual([]);
  });

  it('names each key that differs', () => {
    expect(compareOutcome('reverse[0] "post"', { path: '/blog/2024/' }, { path: '/blog/2024' })).toEqual([
      'reverse[0] "post".path:\n    expected "/blog/2024/"\n    got      "/blog/2024"',
    ]);
  });

  it('tells an error where Django gives a value, and compares two errors as errors', () => {
    const error: EngineError = { type: 'NoReverseMatch', message: "Reverse for 'post' not found.", file: null, line: null };
    expect(compareOutcome('reverse[0]', { path: '/x/' }, { error })).toEqual([
      'reverse[0]: expected {"path":"/x/"}, got NoReverseMatch: "Reverse for \'post\' not found." at -:-',
    ]);
    expect(compareOutcome('reverse[0]', { error }, { error })).toEqual([]);
  });
});

describe("the case folder's token", () => {
  it('replaces the engine\'s project folder in every string, however deep', () => {
    const answer = { error: { message: 'No such file: /home/pyodide/project/static', file: null }, list: ['/home/pyodide/project/a', 2] };
    expect(withCaseDirToken(answer, '/home/pyodide/project')).toEqual({
      error: { message: 'No such file: <CASE_DIR>/static', file: null },
      list: ['<CASE_DIR>/a', 2],
    });
  });
});
