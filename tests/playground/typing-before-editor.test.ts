/**
 * Where the caret goes when the reader types into a playground before its editor has loaded.
 * If these broke, the editor would open with the caret somewhere else than where the reader
 * was typing, and their next key would land on another line.
 */
import { describe, expect, it } from 'vitest';
import { offsetOf, positionOf } from '../../src/playground/typing-before-editor';

const text = 'DEBUG = True\nALLOWED_HOSTS = []\n\nSECRET_KEY = "x"';

describe('the caret between the text area and the editor', () => {
  it('turns an offset into a 1-based line and column', () => {
    expect(positionOf(text, 0)).toEqual({ line: 1, col: 1 });
    expect(positionOf(text, 12)).toEqual({ line: 1, col: 13 });
    expect(positionOf(text, 13)).toEqual({ line: 2, col: 1 });
    expect(positionOf(text, 32)).toEqual({ line: 3, col: 1 });
    expect(positionOf(text, 999)).toEqual({ line: 4, col: 17 });
  });

  it('turns a clicked line and column into an offset, inside the text and the line', () => {
    expect(offsetOf(text, 0, 5)).toBe(5);
    expect(offsetOf(text, 1, 0)).toBe(13);
    expect(offsetOf(text, 1, 500)).toBe(31);
    expect(offsetOf(text, 2, 3)).toBe(32);
    expect(offsetOf(text, 9, 0)).toBe(33);
  });

  it('gives back the same place both ways', () => {
    for (let offset = 0; offset <= text.length; offset++) {
      const { line, col } = positionOf(text, offset);
      expect(offsetOf(text, line - 1, col - 1)).toBe(offset);
    }
  });
});
