/** Problem texts broken to the editor's width, so the F8 panel shows them whole on a phone. */
import { describe, expect, it } from 'vitest';
import { wrapText } from '../../src/editor/marker-text';

describe('a marker text broken into lines', () => {
  it.each<[string, number, number, string[]]>([
    ['short', 40, 0, ['short']],
    ['You should not have DEBUG set to True in deployment.', 20, 0, ['You should not have', 'DEBUG set to True in', 'deployment.']],
    ['First paragraph.\n\nHint: second.', 40, 0, ['First paragraph.', '', 'Hint: second.']],
    ['a django.middleware.csrf.CsrfViewMiddleware b', 20, 0, ['a', 'django.middleware.cs', 'rf.CsrfViewMiddlewar', 'e b']],
    // Room left on the last line for the source Monaco writes after it ("security.W018").
    ['one two three four', 20, 14, ['one two three four', '']],
    ['one two', 20, 6, ['one two']],
    // Too narrow to be useful: never below 16 columns.
    ['sixteen letters! and more', 4, 0, ['sixteen letters!', 'and more']],
  ])('%j in %i columns (%i kept free at the end)', (text, columns, room, lines) => {
    expect(wrapText(text, columns, room).split('\n')).toEqual(lines);
  });

  it('loses no word', () => {
    const text = 'SECURE_HSTS_SECONDS is not set. Hint: Set it to 31536000 (one year) once you are sure the site works over HTTPS.';
    const wrapped = wrapText(text, 24, 13);
    expect(wrapped.split('\n').every((line) => line.length <= 24)).toBe(true);
    expect(wrapped.trim().replace(/\n/g, ' ')).toBe(text);
  });
});
