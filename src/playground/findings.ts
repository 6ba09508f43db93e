/** What the reader is told, one list for both kinds of answer: an exception that stopped the run, and check messages. */
import type { CodeMarker } from '../editor/markers';
import { EngineStoppedError } from '../engine/client';
import type { CheckResult, QuickFix, SourceLocation } from '../engine/protocol';

type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  /** Stable within one answer: used to match markers and list items. */
  key: string;
  /** The check id (security.W018, course.*) or the exception's type (KeyError). */
  code: string;
  severity: Severity;
  message: string;
  hint: string | null;
  /** For an exception: what it means, for a beginner. For a course check: why it matters. */
  explanation: string | null;
  location: SourceLocation | null;
  fixes: QuickFix[];
}

const SEVERITY: Record<string, Severity> = { CRITICAL: 'error', ERROR: 'error', WARNING: 'warning', INFO: 'info', DEBUG: 'info' };
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function findingsOf(answer: CheckResult): Finding[] {
  const findings: Finding[] = [];
  if (answer.error) {
    const e = answer.error;
    findings.push({
      key: `error:${e.type}`,
      code: e.type,
      severity: 'error',
      message: e.message ? `${e.type}: ${e.message}` : e.type,
      hint: null,
      explanation: e.explanation ?? null,
      location: e.location ?? null,
      fixes: [],
    });
  }
  answer.messages.forEach((m, index) => {
    findings.push({
      key: `${m.id}:${index}`,
      code: m.id,
      severity: SEVERITY[m.level] ?? 'warning',
      message: m.msg,
      hint: m.hint,
      explanation: m.why ?? null,
      location: m.location ?? null,
      fixes: m.fixes ?? [],
    });
  });
  return findings.sort(byReadingOrder);
}

/**
 * Errors, then warnings, then notes; within each, in the order of the code (by file, then line),
 * and the findings about no place in the code (a setting left out) after those that have one.
 */
function byReadingOrder(a: Finding, b: Finding): number {
  return RANK[a.severity] - RANK[b.severity] || byPlace(a.location, b.location) || a.code.localeCompare(b.code);
}

function byPlace(a: SourceLocation | null, b: SourceLocation | null): number {
  if (!a || !b) return Number(!a) - Number(!b);
  return a.file.localeCompare(b.file) || a.line - b.line;
}

/** "2 errors, 1 warning" — what the summary line and screen readers say. */
export function summarize(findings: Finding[]): string {
  if (findings.length === 0) return 'Nothing to report: no error, no warning.';
  const count = (severity: Severity, word: string) => {
    const n = findings.filter((f) => f.severity === severity).length;
    return n ? `${n} ${word}${n === 1 ? '' : 's'}` : null;
  };
  return [count('error', 'error'), count('warning', 'warning'), count('info', 'note')].filter(Boolean).join(', ') + '.';
}

/**
 * Where the findings are, as the editor counts them: F8 goes through the problems marked in
 * the open file only, so the summary says how many are marked in each file, and how many point
 * at no line of the reader's files (a setting left out), which only this list shows.
 */
export function placesText(findings: Finding[], inTabs: (file: string) => boolean): string {
  if (findings.length === 0) return '';
  const byFile = new Map<string, number>();
  let nowhere = 0;
  for (const { location } of findings) {
    if (location && inTabs(location.file)) byFile.set(location.file, (byFile.get(location.file) ?? 0) + 1);
    else nowhere += 1;
  }
  const verb = (n: number) => (n === 1 ? 'is' : 'are');
  const files = [...byFile];
  const parts: string[] = [];
  if (files.length > 0) {
    const [[firstFile, firstCount], ...others] = files as [[string, number], ...Array<[string, number]>];
    const marked = [`${firstCount} ${verb(firstCount)} marked in ${firstFile}`, ...others.map(([file, n]) => `${n} in ${file}`)].join(', ');
    parts.push(`${marked} (F8 goes from one to the next in the open file)`);
  }
  if (nowhere > 0) parts.push(`${nowhere} ${verb(nowhere)} about no line of your files`);
  return parts.join('; ') + '.';
}

/** The findings that point into the code, as the editor marks them: message, hint and explanation in one hover. */
export function markersOf(findings: Finding[]): CodeMarker[] {
  return findings.flatMap(({ key, code, severity, message, hint, explanation, location, fixes }) =>
    location
      ? [{ key, source: code, severity, location, fixes, message: [message, hint && `Hint: ${hint}`, explanation].filter(Boolean).join('\n\n') }]
      : [],
  );
}

/**
 * What the findings panel says when a check gave no answer: the reader's code ran too long, or
 * filled memory, or the checker itself failed. Each says what happened and that the code is safe.
 */
export function failureNotice(error: Error): string {
  const safe = 'Your code is safe in the editor, and Python starts again.';
  if (error instanceof EngineStoppedError) {
    switch (error.reason) {
      case 'time-limit':
        return `${error.message} Is there a loop that never ends? ${safe}`;
      case 'memory':
        return `${error.message} Something in your code is far too big for memory, such as a list or a string with billions of items. ${safe}`;
      case 'crash':
        return `${error.message.replace(/\.?$/, '.')} That is a fault of the checker, not of your code. ${safe}`;
    }
  }
  return `The checker could not answer (${error.message}). Your code is safe in the editor; reloading the page starts the checker again.`;
}
