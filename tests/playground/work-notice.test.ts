/** What the reader is told about their code in this browser: back after a reload, or unreadable and kept aside. */
import { describe, expect, it } from 'vitest';
import { restoredText, unreadableText } from '../../src/playground/work-notice';

describe('the line about saved work', () => {
  it.each([
    [{ files: { 'a.py': 'x' }, savedAt: Date.UTC(2026, 2, 1, 10, 0), unreadable: null }, 'Your code from 3/1/2026, 10:00:00 AM is back.'],
    [{ files: {}, savedAt: null, unreadable: null }, null],
    // Unreadable work is told by its own notice, not as "back".
    [{ files: { 'a.py': 'x' }, savedAt: 1, unreadable: { problem: 'p', text: 't', keptAs: 'k' } }, null],
  ])('%j: %s', (restored, text) => {
    expect(restoredText(restored, 'en-US', 'UTC')).toBe(text);
  });
});

describe('the notice about unreadable work', () => {
  it.each([
    [
      { problem: 'it is not valid JSON', text: '{', keptAs: 'django-to-production:unreadable:x:1' },
      0,
      'Your saved code for this exercise could not be read (it is not valid JSON), so the starter files are shown instead. What was stored is kept in this browser, under the key django-to-production:unreadable:x:1, and nothing is written over it.',
    ],
    [
      { problem: 'the date it was saved is not a date', text: '{}', keptAs: 'k' },
      1,
      'Your saved code for this exercise could not be read (the date it was saved is not a date), so the files that could be read are back, the starter files stand for the others. What was stored is kept in this browser, under the key k, and nothing is written over it.',
    ],
    [
      { problem: 'it holds no files', text: '{}', keptAs: null },
      0,
      'Your saved code for this exercise could not be read (it holds no files), so the starter files are shown instead. It could not even be copied aside, so it is left as it was and this page will not save over it: copy your code somewhere safe before you leave.',
    ],
  ])('%j (%i files recovered)', (unreadable, recovered, text) => {
    expect(unreadableText(unreadable, recovered)).toBe(text);
  });
});
