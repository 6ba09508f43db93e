/** The quick fixes offered at a place: two checks proposing the same edit (security.W009 and course.W001 on SECRET_KEY) make one entry. */
import { describe, expect, it } from 'vitest';
import type { QuickFix } from '../../src/engine/protocol';
import { fixesFor } from '../../src/editor/markers';

const edit = { file: 'mysite/settings.py', line: 13, col: 14, endLine: 13, endCol: 70, text: 'os.environ["DJANGO_SECRET_KEY"]' };
const fromEnv: QuickFix = { title: 'Read SECRET_KEY from the DJANGO_SECRET_KEY environment variable', edits: [edit] };
const other: QuickFix = { title: 'Set DEBUG = False', edits: [{ ...edit, line: 16, text: 'False' }] };

describe('the quick fixes offered', () => {
  it.each<[string, Array<{ marker: string; fixes: QuickFix[] }>, Array<[string, string[]]>]>([
    ['one marker, one fix', [{ marker: 'security.W018', fixes: [other] }], [['Set DEBUG = False', ['security.W018']]]],
    [
      'the same edit from two checks: offered once, for both',
      [
        { marker: 'security.W009', fixes: [fromEnv] },
        { marker: 'course.W001', fixes: [{ ...fromEnv, title: 'Another title, same edit' }] },
      ],
      [[fromEnv.title, ['security.W009', 'course.W001']]],
    ],
    [
      'different edits: each offered',
      [
        { marker: 'security.W009', fixes: [fromEnv] },
        { marker: 'security.W018', fixes: [other] },
      ],
      [
        [fromEnv.title, ['security.W009']],
        ['Set DEBUG = False', ['security.W018']],
      ],
    ],
    ['the same text at another place is another edit', [{ marker: 'a', fixes: [fromEnv, { ...fromEnv, edits: [{ ...edit, col: 15 }] }] }], [[fromEnv.title, ['a']], [fromEnv.title, ['a']]]],
    ['no fix', [{ marker: 'security.W004', fixes: [] }], []],
  ])('%s', (_what, markers, expected) => {
    expect(fixesFor(markers).map(({ fix, markers: m }) => [fix.title, m])).toEqual(expected);
  });
});
