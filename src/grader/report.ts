/** The grader's outputs: text for people, JSON (result.schema.json), JUnit XML for CI, a CSV summary. */
import type { GradeReport, SubmissionResult } from './result';

const MARK = { passed: 'PASS', failed: 'FAIL', error: 'ERROR' } as const;

export function textReport(report: GradeReport): string {
  const lines = [`Exercise ${report.exercise.id}: ${report.exercise.title}`, ''];
  for (const s of report.submissions) {
    lines.push(`${MARK[s.status]}  ${s.submission}  (${(s.timings.totalMs / 1000).toFixed(1)} s)`);
    if (s.error) lines.push(`      ${s.error.message}`);
    for (const goal of s.goals) lines.push(`      ${goal.met ? '[x]' : '[ ]'} ${goal.title}${goal.why && goal.why !== 'not met' ? ` (${goal.why})` : ''}`);
    if (s.djangoError) lines.push(`      The project did not load: ${s.djangoError.type}: ${s.djangoError.message}${s.djangoError.location ? ` (${s.djangoError.location.file}:${s.djangoError.location.line})` : ''}`);
    for (const f of s.findings) if (f.level !== 'DEBUG' && f.level !== 'INFO') lines.push(`      ${f.location ? `${f.location.file}:${f.location.line}: ` : ''}${f.id} ${f.message.split('\n')[0]}`);
    if (s.fromStarter.length) lines.push(`      (taken from the exercise's starter: ${s.fromStarter.join(', ')})`);
  }
  const { summary } = report;
  lines.push('', `${summary.passed} of ${summary.submissions} passed, ${summary.failed} failed, ${summary.errors} could not be graded (${(summary.totalMs / 1000).toFixed(1)} s, ${summary.jobs} at a time).`);
  return `${lines.join('\n')}\n`;
}

export function jsonReport(report: GradeReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

function xml(text: string): string {
  // Characters XML 1.0 cannot hold at all are dropped; the rest escaped.
  return text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '').replace(/[<>&"']/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[c]};`);
}

/** One <testsuite> per submission, one <testcase> per goal (or one <error> when it could not be graded). */
export function junitReport(report: GradeReport): string {
  const suite = (s: SubmissionResult) => {
    const seconds = (s.timings.totalMs / 1000).toFixed(3);
    const name = xml(s.submission);
    if (s.error) {
      return `  <testsuite name="${name}" tests="1" failures="0" errors="1" time="${seconds}">\n    <testcase classname="${name}" name="grading"><error type="${s.error.kind}" message="${xml(s.error.message)}"/></testcase>\n  </testsuite>`;
    }
    const cases = s.goals.map((g) => {
      const failure = g.met ? '' : `<failure message="${xml(g.why ?? 'not met')}"/>`;
      return `    <testcase classname="${name}" name="${xml(g.title)}">${failure}</testcase>`;
    });
    const failures = s.goals.filter((g) => !g.met).length;
    return `  <testsuite name="${name}" tests="${s.goals.length}" failures="${failures}" errors="0" time="${seconds}">\n${cases.join('\n')}\n  </testsuite>`;
  };
  const tests = report.submissions.reduce((n, s) => n + (s.error ? 1 : s.goals.length), 0);
  const failures = report.submissions.reduce((n, s) => n + s.goals.filter((g) => !g.met).length, 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${xml(report.exercise.id)}" tests="${tests}" failures="${failures}" errors="${report.summary.errors}" time="${(report.summary.totalMs / 1000).toFixed(3)}">\n${report.submissions.map(suite).join('\n')}\n</testsuites>\n`;
}

function csvField(value: string | number): string {
  const text = String(value);
  // A leading = + - @ would be a formula to a spreadsheet: quoted with a ' before it.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One row per submission: status, goals met of all, and each goal's mark. */
export function csvReport(report: GradeReport): string {
  const titles = report.submissions.find((s) => s.goals.length)?.goals.map((g) => g.title) ?? [];
  const header = ['submission', 'status', 'goals_met', 'goals', ...titles, 'error', 'seconds'];
  const rows = report.submissions.map((s) => [
    s.submission,
    s.status,
    s.goals.filter((g) => g.met).length,
    titles.length,
    ...titles.map((title) => {
      const goal = s.goals.find((g) => g.title === title);
      return goal ? (goal.met ? 'met' : 'not met') : '';
    }),
    s.error?.message ?? '',
    (s.timings.totalMs / 1000).toFixed(2),
  ]);
  return `${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
