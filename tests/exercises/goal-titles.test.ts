/**
 * The goals' titles, read from checks.py without Python, so the page lists them before Python
 * has loaded (tests/exercises/exercises.test.ts checks they equal what the engine reports).
 */
import { describe, expect, it } from 'vitest';
import { goalTitles } from '../../src/exercises/read';

describe("the goals' titles in checks.py", () => {
  it.each<[string, string, string[]]>([
    ['one goal', '@goal("DEBUG is False")\ndef debug_off(run): ...', ['DEBUG is False']],
    ['goals in order', '@goal("first")\ndef a(run): ...\n\n@goal("second")\ndef b(run): ...', ['first', 'second']],
    ['single quotes', "@goal('`DEBUG` is False')\ndef a(run): ...", ['`DEBUG` is False']],
    ['a quote inside, escaped', '@goal("the \\"renders\\" cache")\ndef a(run): ...', ['the "renders" cache']],
    ['the other quote, unescaped', '@goal("DEBUG is not the string \'False\'")\ndef a(run): ...', ["DEBUG is not the string 'False'"]],
    ['spaces inside the parentheses', '@goal( "spaced" )\ndef a(run): ...', ['spaced']],
    ['not a decorator at the start of a line', '# @goal("commented")\nx = \'@goal("in a string")\'', []],
  ])('reads %s', (_what, checks, titles) => {
    expect(goalTitles(checks)).toEqual(titles);
  });
});
