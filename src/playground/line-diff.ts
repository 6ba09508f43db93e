/**
 * The solution shown as a change to the reader's own code: a line diff (longest common
 * subsequence; exercise files are a few hundred lines at most), cut into hunks with a little
 * context, as `diff -u` shows it.
 */
export interface DiffLine {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/** Past this many cells, the middle of a diff is shown as all removed, then all added (a pasted 10,000-line file must not freeze the page). */
const MAX_CELLS = 2_000_000;

export function lineDiff(before: string, after: string): DiffLine[] {
  const a = splitLines(before);
  const b = splitLines(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const same = (text: string): DiffLine => ({ kind: 'same', text });
  return [
    ...a.slice(0, head).map(same),
    ...groupChanges(middle(a.slice(head, a.length - tail), b.slice(head, b.length - tail))),
    ...a.slice(a.length - tail).map(same),
  ];
}

function middle(a: string[], b: string[]): DiffLine[] {
  if ((a.length + 1) * (b.length + 1) > MAX_CELLS) {
    return [...a.map((text): DiffLine => ({ kind: 'removed', text })), ...b.map((text): DiffLine => ({ kind: 'added', text }))];
  }
  // common[i][j]: the length of the longest common subsequence of a[i..] and b[j..].
  const common = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      common[i]![j] = a[i] === b[j] ? common[i + 1]![j + 1]! + 1 : Math.max(common[i + 1]![j]!, common[i]![j + 1]!);
    }
  }
  const lines: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      lines.push({ kind: 'same', text: a[i++]! });
      j++;
    } else if (j < b.length && (i === a.length || common[i]![j + 1]! >= common[i + 1]![j]!)) {
      lines.push({ kind: 'added', text: b[j++]! });
    } else {
      lines.push({ kind: 'removed', text: a[i++]! });
    }
  }
  return lines;
}

function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** Within a change, the removed lines first, then the added ones, as diff -u shows them. */
function groupChanges(lines: DiffLine[]): DiffLine[] {
  const out: DiffLine[] = [];
  let removed: DiffLine[] = [];
  let added: DiffLine[] = [];
  const flush = () => {
    out.push(...removed, ...added);
    removed = [];
    added = [];
  };
  for (const line of lines) {
    if (line.kind === 'same') {
      flush();
      out.push(line);
    } else (line.kind === 'removed' ? removed : added).push(line);
  }
  flush();
  return out;
}

/** A run of lines to show, or the number of unchanged lines left out between two runs. */
type DiffPart = { kind: 'lines'; lines: DiffLine[] } | { kind: 'skipped'; count: number };

/** The changed lines with `context` unchanged lines around each change; long unchanged stretches become a count. */
export function hunks(lines: DiffLine[], context = 3): DiffPart[] {
  const keep = lines.map(() => false);
  lines.forEach((line, index) => {
    if (line.kind === 'same') return;
    for (let k = Math.max(0, index - context); k <= Math.min(lines.length - 1, index + context); k++) keep[k] = true;
  });
  const parts: DiffPart[] = [];
  let skipped = 0;
  let run: DiffLine[] = [];
  lines.forEach((line, index) => {
    if (keep[index]) {
      if (skipped) parts.push({ kind: 'skipped', count: skipped });
      skipped = 0;
      run.push(line);
    } else {
      if (run.length) parts.push({ kind: 'lines', lines: run });
      run = [];
      skipped += 1;
    }
  });
  if (run.length) parts.push({ kind: 'lines', lines: run });
  if (skipped) parts.push({ kind: 'skipped', count: skipped });
  return parts;
}
