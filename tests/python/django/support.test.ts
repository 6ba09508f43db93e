/** The Python test support itself: a reader's project, a result back, an exception described. */
import { describe, expect, it } from 'vitest';
import { usePython } from '../../support/python';

const python = usePython();

describe('usePython', () => {
  it("runs code in the reader's project folder and returns its result", () => {
    expect(python.run('result = open("notes.txt").read()', { 'notes.txt': 'hello' })).toBe('hello');
  });

  it('describes an exception the code raised', () => {
    expect(python.run('raise KeyError("DJANGO_SECRET_KEY")')).toEqual({ raised: 'KeyError', message: "'DJANGO_SECRET_KEY'" });
  });
});
