/** Goal titles and hints are written with `backticks` for code: the page shows those parts as code, the rest as text. */
import { describe, expect, it } from 'vitest';
import { inlineCodeRuns, type TextRun } from '../../src/playground/inline-code';

const text = (t: string): TextRun => ({ text: t, code: false });
const code = (t: string): TextRun => ({ text: t, code: true });

describe('text with inline code', () => {
  it.each<[string, TextRun[]]>([
    ['Set DEBUG to False', [text('Set DEBUG to False')]],
    ['Set `DEBUG` to `False`', [text('Set '), code('DEBUG'), text(' to '), code('False')]],
    ['`ALLOWED_HOSTS` lists the site', [code('ALLOWED_HOSTS'), text(' lists the site')]],
    ['empty backticks `` stay as they are', [text('empty backticks `` stay as they are')]],
    ['an unclosed ` stays too', [text('an unclosed ` stays too')]],
    ['<b>not HTML</b> & `a < b`', [text('<b>not HTML</b> & '), code('a < b')]],
    ['', []],
  ])('%j', (input, runs) => {
    expect(inlineCodeRuns(input)).toEqual(runs);
  });
});
