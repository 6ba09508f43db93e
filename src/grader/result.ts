/**
 * What the grader reports of each submission: the JSON format's shapes (result.schema.json,
 * version 1), from which the text, JUnit and CSV outputs are written too.
 */
import type { CheckMessage, EngineError, SourceLocation } from '../engine/protocol';

export const SCHEMA_VERSION = 1;
export const SCHEMA_ID = 'https://django-to-production.dev/schemas/grade-result-v1.json';

type SubmissionStatus = 'passed' | 'failed' | 'error';

interface GoalOutcome {
  title: string;
  met: boolean;
  /** Why not, or null when met. */
  why: string | null;
}

interface Finding {
  id: string;
  level: CheckMessage['level'];
  message: string;
  hint: string | null;
  location: SourceLocation | null;
}

export interface SubmissionResult {
  submission: string;
  status: SubmissionStatus;
  /** Why the submission could not be graded (then goals is empty). */
  error: { kind: 'unreadable' | 'not-a-project' | 'time-limit' | 'memory' | 'crashed'; message: string } | null;
  goals: GoalOutcome[];
  /** What Django's checks (and the course's) reported of the project. */
  findings: Finding[];
  /** The exception that stopped the project loading (its settings raised), or null. */
  djangoError: (Omit<EngineError, 'location'> & { location: SourceLocation | null }) | null;
  /** Files of the exercise the submission did not hold, taken from the exercise's starter. */
  fromStarter: string[];
  timings: { readMs: number; bootMs: number; checkMs: number; judgeMs: number; totalMs: number };
}

export interface GradeReport {
  $schema: typeof SCHEMA_ID;
  version: typeof SCHEMA_VERSION;
  exercise: { id: string; title: string };
  submissions: SubmissionResult[];
  summary: { submissions: number; passed: number; failed: number; errors: number; totalMs: number; jobs: number };
}
