/** The goals while the reader types: a half-typed line that Python cannot read judges no goal, so the goals keep their last state. */
import { describe, expect, it } from 'vitest';
import type { EngineError } from '../../src/engine/protocol';
import { didNotParse, staleText } from '../../src/playground/goals-view';

const error = (type: string, extra: Partial<EngineError> = {}): EngineError => ({ type, message: 'x', file: 'mysite/settings.py', line: 16, ...extra });

describe('an answer that judges no goal', () => {
  it.each<[string, EngineError | null, boolean]>([
    ['no error', null, false],
    ['a SyntaxError (`DEBUG = `)', error('SyntaxError'), true],
    ['an IndentationError', error('IndentationError'), true],
    ['a TabError', error('TabError'), true],
    // The code ran and failed: that is an answer the goals are judged on.
    ['a NameError (`DEBUG = Fals`)', error('NameError'), false],
    ['an ImproperlyConfigured', error('ImproperlyConfigured'), false],
  ])('%s: %s', (_what, err, stale) => {
    expect(didNotParse({ error: err })).toBe(stale);
  });

  it.each([
    [error('SyntaxError', { location: { file: 'mysite/settings.py', line: 16, col: 9, endLine: 16, endCol: 10 } }), 'As judged on your last code that ran: Python cannot read the code as it is now, a SyntaxError (mysite/settings.py, line 16).'],
    [error('IndentationError', { location: null, line: 3 }), 'As judged on your last code that ran: Python cannot read the code as it is now, an IndentationError (line 3).'],
    [error('SyntaxError', { location: null, line: null }), 'As judged on your last code that ran: Python cannot read the code as it is now, a SyntaxError.'],
  ])('says why and where (%#)', (err, text) => {
    expect(staleText({ error: err })).toBe(text);
  });
});
