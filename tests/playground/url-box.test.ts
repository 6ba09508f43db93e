/** The URL tester's stale note describes its two inputs: one id in or out of an aria-describedby list, the others kept. */
import { describe, expect, it } from 'vitest';
import { describedBy } from '../../src/playground/url-box';

describe('an aria-describedby list', () => {
  it.each<[string | null, boolean, string]>([
    [null, true, 'stale'],
    ['', true, 'stale'],
    ['help', true, 'help stale'],
    ['help stale', true, 'help stale'],
    ['stale help', true, 'help stale'],
    ['help stale', false, 'help'],
    ['stale', false, ''],
    [null, false, ''],
    ['  help   other ', false, 'help other'],
  ])('%j with the note %s: %j', (ids, present, expected) => {
    expect(describedBy(ids, 'stale', present)).toBe(expected);
  });
});
