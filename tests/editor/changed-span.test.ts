/** The smallest edit between two texts, which the editor applies instead of replacing a whole file. */
import { describe, expect, it } from 'vitest';
import { changedSpan } from '../../src/editor/changed-span';

const apply = (before: string, span: NonNullable<ReturnType<typeof changedSpan>>) => before.slice(0, span.start) + span.text + before.slice(span.end);

describe('the changed span', () => {
  it.each([
    ['DEBUG = True\n', 'DEBUG = False\n', { start: 8, end: 11, text: 'Fals' }],
    ['a\nb\nc\n', 'a\nc\n', { start: 2, end: 4, text: '' }],
    ['a\nc\n', 'a\nb\nc\n', { start: 2, end: 2, text: 'b\n' }],
    ['', 'x', { start: 0, end: 0, text: 'x' }],
    ['x', '', { start: 0, end: 1, text: '' }],
    ['aaa', 'aaaa', { start: 3, end: 3, text: 'a' }],
    // Two emoji that share their high surrogate: the edit takes the whole character.
    ['x😀y', 'x😁y', { start: 1, end: 3, text: '😁' }],
    ['x😀', 'x😀😀', { start: 3, end: 3, text: '😀' }],
  ])('from %j to %j is %j', (before, after, span) => {
    const found = changedSpan(before, after)!;
    expect(found).toEqual(span);
    expect(apply(before, found)).toBe(after);
  });

  it('is null when nothing changed', () => {
    expect(changedSpan('same', 'same')).toBeNull();
  });
});
