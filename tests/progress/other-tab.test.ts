/** The same exercise open in two tabs: what this tab does when the other one saves, so neither side's work is lost. */
import { describe, expect, it } from 'vitest';
import { sameFiles, whenOtherTabSaves, type OtherTabSaved } from '../../src/progress/other-tab';

const f = (text: string, urls?: string) => ({ 'mysite/settings.py': text, ...(urls === undefined ? {} : { 'mysite/urls.py': urls }) });

describe('when another tab saves this exercise', () => {
  it.each<[string, ReturnType<typeof f>, ReturnType<typeof f>, ReturnType<typeof f>, OtherTabSaved]>([
    ['it saved what this tab shows', f('a'), f('old'), f('a'), 'same'],
    ['this tab shows what it last saved: it takes the other tab’s work (nothing here is lost)', f('mine'), f('mine'), f('theirs'), 'take'],
    ['this tab holds changes saved nowhere (its save failed): it keeps them', f('unsaved'), f('mine'), f('theirs'), 'keep'],
    ['only a second file differs', f('a', 'x'), f('a', 'x'), f('a', 'y'), 'take'],
  ])('%s', (_when, shown, lastSaved, theirs, expected) => {
    expect(whenOtherTabSaves(shown, lastSaved, theirs)).toBe(expected);
  });
});

describe('the same files', () => {
  it.each([
    [f('a'), f('a'), true],
    [f('a'), f('b'), false],
    [f('a', 'x'), f('a'), false],
    [f('a'), f('a', 'x'), false],
    [{}, {}, true],
  ])('%j and %j: %s', (a, b, expected) => {
    expect(sameFiles(a, b)).toBe(expected);
  });
});
