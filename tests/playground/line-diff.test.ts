/** The solution as a change to the reader's code: which lines go, which come, and how much unchanged code is shown around them. */
import { describe, expect, it } from 'vitest';
import { hunks, lineDiff, type DiffLine } from '../../src/playground/line-diff';

const show = (lines: DiffLine[]) => lines.map((line) => ({ same: ' ', removed: '-', added: '+' })[line.kind] + line.text);

describe('the line diff', () => {
  it.each<[string, string, string, string[]]>([
    ['nothing changed', 'a\nb\n', 'a\nb\n', [' a', ' b']],
    ['one line changed', 'A\nDEBUG = True\nB\n', 'A\nDEBUG = False\nB\n', [' A', '-DEBUG = True', '+DEBUG = False', ' B']],
    ['a line added', 'a\nc\n', 'a\nb\nc\n', [' a', '+b', ' c']],
    ['a line removed', 'a\nb\nc\n', 'a\nc\n', [' a', '-b', ' c']],
    ['from nothing', '', 'x\ny\n', ['+x', '+y']],
    ['to nothing', 'x\n', '', ['-x']],
    ['no newline at the end is the same line', 'a\nb', 'a\nb\n', [' a', ' b']],
    [
      'two lines changed together: removed lines first, then added ones',
      'a\nx1\nx2\nb\n',
      'a\ny1\ny2\nb\n',
      [' a', '-x1', '-x2', '+y1', '+y2', ' b'],
    ],
    ['a moved line', 'a\nb\nc\n', 'b\nc\na\n', ['-a', ' b', ' c', '+a']],
  ])('%s', (_what, before, after, expected) => {
    expect(show(lineDiff(before, after))).toEqual(expected);
  });

  it('turns the reader’s code into the solution', () => {
    const before = 'import os\nDEBUG = True\nALLOWED_HOSTS = []\nX = 1\n';
    const after = 'import os\nDEBUG = False\nALLOWED_HOSTS = ["example.com"]\nX = 1\nY = 2\n';
    const lines = lineDiff(before, after);
    expect(lines.filter((l) => l.kind !== 'added').map((l) => l.text).join('\n') + '\n').toBe(before);
    expect(lines.filter((l) => l.kind !== 'removed').map((l) => l.text).join('\n') + '\n').toBe(after);
  });

  it('answers at once for a pasted file of 20,000 lines, still correct', () => {
    const big = Array.from({ length: 20_000 }, (_, i) => `line ${i}`);
    const started = performance.now();
    const lines = lineDiff(big.join('\n'), [...big.slice(0, 10), 'new', ...big.slice(10).reverse()].join('\n'));
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(lines.filter((l) => l.kind !== 'removed').length).toBe(20_001);
  });
});

describe('the hunks shown', () => {
  const file = (n: number) => Array.from({ length: n }, (_, i) => `line ${i + 1}`);

  it('show each change with three lines around it and count what is left out', () => {
    const before = file(20);
    const after = [...before];
    after[9] = 'changed';
    const parts = hunks(lineDiff(before.join('\n'), after.join('\n')));
    expect(parts.map((part) => (part.kind === 'skipped' ? `(${part.count} lines)` : show(part.lines).join('|')))).toEqual([
      '(6 lines)',
      ' line 7| line 8| line 9|-line 10|+changed| line 11| line 12| line 13',
      '(7 lines)',
    ]);
  });

  it('join two changes whose context touches', () => {
    const before = file(10);
    const after = [...before];
    after[2] = 'x';
    after[7] = 'y';
    const parts = hunks(lineDiff(before.join('\n'), after.join('\n')));
    expect(parts).toHaveLength(1);
  });

  it('are nothing to show when nothing differs but the whole file, skipped', () => {
    expect(hunks(lineDiff('a\nb\n', 'a\nb\n'))).toEqual([{ kind: 'skipped', count: 2 }]);
  });
});
