/**
 * What the reader is told, from the engine's answer: one list for the exception that stopped the
 * run and the check messages, in reading order, with the summary line that screen readers
 * announce and the hover text of the markers in the editor.
 */
import { describe, expect, it } from 'vitest';
import type { CheckMessage, CheckResult, EngineError, SourceLocation } from '../../src/engine/protocol';
import { EngineStoppedError } from '../../src/engine/client';
import { failureNotice, findingsOf, markersOf, placesText, summarize, type Finding } from '../../src/playground/findings';

const at = (file: string, line: number): SourceLocation => ({ file, line, col: 1, endLine: line, endCol: 10 });

function message(id: string, level: CheckMessage['level'], location: SourceLocation | null = null, extra: Partial<CheckMessage> = {}): CheckMessage {
  return { id, level, msg: `${id} says so.`, hint: null, location, ...extra };
}

const answer = (messages: CheckMessage[], error: EngineError | null = null): CheckResult => ({ error, messages });

describe('the findings of an answer', () => {
  it.each([
    ['CRITICAL', 'error'],
    ['ERROR', 'error'],
    ['WARNING', 'warning'],
    ['INFO', 'info'],
    ['DEBUG', 'info'],
    ['SOMETHING NEW', 'warning'],
  ] as const)('show a %s message as %s', (level, severity) => {
    expect(findingsOf(answer([message('x.W001', level as CheckMessage['level'])]))[0]?.severity).toBe(severity);
  });

  it('put the exception that stopped the run first, as an error, with what it means for a beginner', () => {
    const error: EngineError = {
      type: 'NameError',
      message: "name 'os' is not defined",
      file: 'mysite/settings.py',
      line: 3,
      location: at('mysite/settings.py', 3),
      explanation: 'Python does not know this name here.',
    };
    const [first] = findingsOf(answer([message('security.W018', 'WARNING', at('mysite/settings.py', 1))], error));
    expect(first).toEqual<Finding>({
      key: 'error:NameError',
      code: 'NameError',
      severity: 'error',
      message: "NameError: name 'os' is not defined",
      hint: null,
      explanation: 'Python does not know this name here.',
      location: at('mysite/settings.py', 3),
      fixes: [],
    });
  });

  it('name an exception without a message by its type alone', () => {
    const error: EngineError = { type: 'KeyboardInterrupt', message: '', file: null, line: null };
    expect(findingsOf(answer([], error))[0]?.message).toBe('KeyboardInterrupt');
  });

  it("carry a message's hint, the course's why, and its quick fixes", () => {
    const fix = { title: 'Set DEBUG = False', edits: [{ ...at('mysite/settings.py', 16), text: 'False' }] };
    const [finding] = findingsOf(answer([message('course.W001', 'WARNING', at('mysite/settings.py', 16), { hint: 'Read it from the environment.', why: 'Leaks secrets.', fixes: [fix] })]));
    expect(finding).toMatchObject({ hint: 'Read it from the environment.', explanation: 'Leaks secrets.', fixes: [fix] });
  });

  it('read in order: errors, warnings, notes; each by file and line; the ones about no line (a setting left out) last', () => {
    const findings = findingsOf(
      answer([
        message('security.W004', 'WARNING'), // SECURE_HSTS_SECONDS not set: no line to point at
        message('security.W018', 'WARNING', at('mysite/settings.py', 16)),
        message('course.I001', 'INFO', at('mysite/settings.py', 2)),
        message('security.W009', 'WARNING', at('mysite/settings.py', 13)),
        message('urls.W002', 'WARNING', at('mysite/urls.py', 4)),
        message('security.E001', 'ERROR'),
        message('security.W008', 'WARNING'),
        message('staticfiles.E002', 'ERROR', at('.env', 1)),
      ]),
    );
    expect(findings.map((f) => f.code)).toEqual([
      'staticfiles.E002',
      'security.E001',
      'security.W009',
      'security.W018',
      'urls.W002',
      'security.W004',
      'security.W008',
      'course.I001',
    ]);
  });

  it('keep the engine order for findings of the same place and id, each with a key of its own', () => {
    const findings = findingsOf(
      answer([
        message('urls.W005', 'WARNING', at('mysite/urls.py', 3), { msg: 'first' }),
        message('urls.W005', 'WARNING', at('mysite/urls.py', 3), { msg: 'second' }),
      ]),
    );
    expect(findings.map((f) => f.message)).toEqual(['first', 'second']);
    expect(new Set(findings.map((f) => f.key)).size).toBe(2);
  });
});

describe('the summary line', () => {
  const of = (...severities: Array<Finding['severity']>) =>
    severities.map((severity, i): Finding => ({ key: String(i), code: 'x', severity, message: '', hint: null, explanation: null, location: null, fixes: [] }));

  it.each([
    [[], 'Nothing to report: no error, no warning.'],
    [['error'], '1 error.'],
    [['warning', 'warning'], '2 warnings.'],
    [['info'], '1 note.'],
    [['error', 'error', 'warning', 'info', 'info', 'info'], '2 errors, 1 warning, 3 notes.'],
    [['info', 'error'], '1 error, 1 note.'],
  ] as Array<[Array<Finding['severity']>, string]>)('for %j says "%s"', (severities, text) => {
    expect(summarize(of(...severities))).toBe(text);
  });
});

describe('where the summary says the findings are (F8 counts the open file only)', () => {
  const tabs = ['mysite/urls.py', 'blog/urls.py'];
  const inTabs = (file: string) => tabs.includes(file);
  it.each<[string, Array<SourceLocation | null>, string]>([
    ['none', [], ''],
    ['all in one file', [at('mysite/urls.py', 3), at('mysite/urls.py', 5)], '2 are marked in mysite/urls.py (F8 goes from one to the next in the open file).'],
    [
      'in two files and nowhere',
      [at('mysite/urls.py', 3), at('blog/urls.py', 1), null, at('mysite/urls.py', 9), null],
      '1 is marked in blog/urls.py, 2 in mysite/urls.py (F8 goes from one to the next in the open file); 2 are about no line of your files.',
    ],
    ['one, about a setting left out', [null], '1 is about no line of your files.'],
    ['in a file the reader does not edit', [at('blog/views.py', 2)], '1 is about no line of your files.'],
  ])('%s', (_what, locations, text) => {
    const findings = findingsOf(answer(locations.map((location, i) => message(`security.W00${i}`, 'WARNING', location))));
    expect(placesText(findings, inTabs)).toBe(text);
  });
});

describe('the markers in the editor', () => {
  it('show the findings that point into the code, message, hint and why in one hover', () => {
    const findings = findingsOf(
      answer([
        message('security.W018', 'WARNING', at('mysite/settings.py', 16), { msg: 'DEBUG is on.', hint: 'Set it to False.', why: 'Tracebacks leak.' }),
        message('security.W004', 'WARNING'),
      ]),
    );
    expect(markersOf(findings)).toEqual([
      {
        key: 'security.W018:0',
        source: 'security.W018',
        severity: 'warning',
        message: 'DEBUG is on.\n\nHint: Set it to False.\n\nTracebacks leak.',
        location: at('mysite/settings.py', 16),
        fixes: [],
      },
    ]);
  });

  it('leave out the parts a finding does not have', () => {
    const [marker] = markersOf(findingsOf(answer([message('urls.W002', 'WARNING', at('mysite/urls.py', 4), { msg: 'A leading slash.' })])));
    expect(marker?.message).toBe('A leading slash.');
  });
});

describe('the notice when a check gives no answer', () => {
  it.each<[string, Error, string]>([
    [
      'code that ran past the time limit',
      new EngineStoppedError('time-limit', 'The code was still running after 2 s and was stopped.'),
      'The code was still running after 2 s and was stopped. Is there a loop that never ends? Your code is safe in the editor, and Python starts again.',
    ],
    [
      'code that filled memory until it was stopped',
      new EngineStoppedError('memory', 'The code was still filling memory after 2 s (1,160 MB more) and was stopped.'),
      'The code was still filling memory after 2 s (1,160 MB more) and was stopped. Something in your code is far too big for memory, such as a list or a string with billions of items. Your code is safe in the editor, and Python starts again.',
    ],
    [
      'an interpreter that ran out of memory',
      new EngineStoppedError('memory', 'Python ran out of memory (RangeError: out of memory).'),
      'Python ran out of memory (RangeError: out of memory). Something in your code is far too big for memory, such as a list or a string with billions of items. Your code is safe in the editor, and Python starts again.',
    ],
    [
      'an interpreter that failed',
      new EngineStoppedError('crash', 'The Python interpreter failed: RuntimeError: unreachable'),
      'The Python interpreter failed: RuntimeError: unreachable. That is a fault of the checker, not of your code. Your code is safe in the editor, and Python starts again.',
    ],
    [
      'an engine that could not start',
      new Error('The Python engine could not start: HTTP 404'),
      'The checker could not answer (The Python engine could not start: HTTP 404). Your code is safe in the editor; reloading the page starts the checker again.',
    ],
  ])('for %s says what happened, and that the code is safe', (_what, error, notice) => {
    expect(failureNotice(error)).toBe(notice);
  });

  it('never calls a memory bomb a loop, nor a crash a failure of the code', () => {
    expect(failureNotice(new EngineStoppedError('memory', 'Python ran out of memory.'))).not.toMatch(/loop/);
    expect(failureNotice(new EngineStoppedError('crash', 'The Python interpreter failed: x'))).not.toMatch(/loop|memory|your code is at fault/i);
  });
});
