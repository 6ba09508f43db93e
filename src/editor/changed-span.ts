/**
 * The one edit that turns a text into another: what lies between their common beginning and
 * common end. Replacing only that keeps the reader's cursor and scroll where they were when the
 * editor takes text from elsewhere (another tab, reset, the solution), and undoes as one step.
 */
interface Span {
  /** Offsets in the old text, in UTF-16 code units (as the editor counts); end is exclusive. */
  start: number;
  end: number;
  /** What replaces them. */
  text: string;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

export function changedSpan(before: string, after: string): Span | null {
  if (before === after) return null;
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--; // never split a character in two
  let tail = 0;
  while (tail < shorter - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  if (tail > 0 && isLowSurrogate(before.charCodeAt(before.length - tail))) tail--;
  return { start, end: before.length - tail, text: after.slice(start, after.length - tail) };
}
