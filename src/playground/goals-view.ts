/**
 * The goals checklist, ticked item by item; the exercise is done when every goal is met. While
 * the code does not parse (a half-typed line), the goals keep their last judged state, marked as
 * stale, instead of all turning red at each keystroke; so they do after a run that gave no answer
 * (stopped at the time limit, or the checker failed), until a run answers again.
 */
import type { EngineError, GoalResult } from '../engine/protocol';

const PARSE_ERRORS = new Set(['SyntaxError', 'IndentationError', 'TabError']);

/** Whether this answer comes from code Python could not even read: it judges no goal. */
export function didNotParse(answer: { error: EngineError | null }): boolean {
  return answer.error !== null && PARSE_ERRORS.has(answer.error.type);
}

/** What the stale note says: why the goals are not judged again, and where to look. */
export function staleText(answer: { error: EngineError | null }): string {
  const error = answer.error!;
  const where = error.location ? ` (${error.location.file}, line ${error.location.line})` : error.line ? ` (line ${error.line})` : '';
  const article = /^[AEIOU]/.test(error.type) ? 'an' : 'a';
  return `As judged on your last code that ran: Python cannot read the code as it is now, ${article} ${error.type}${where}.`;
}

export class GoalsView {
  private judged = false;

  constructor(private readonly host: HTMLElement) {}

  /** Returns whether every goal is met (false while the goals are stale). */
  show(answer: { goals: GoalResult[]; error: EngineError | null }): boolean {
    if (this.judged && didNotParse(answer)) {
      this.markStale(staleText(answer));
      return false;
    }
    this.markStale(null);
    this.judged = true;
    const items = this.host.querySelectorAll<HTMLElement>('[data-goal]');
    answer.goals.forEach((goal, index) => {
      const item = items[index];
      if (!item) return;
      const state = goal.passed ? 'met' : 'unmet';
      if (item.dataset.state === state) return;
      item.dataset.state = state;
      item.querySelector('[data-goal-state]')!.textContent = goal.passed ? 'met' : 'not met yet';
      if (goal.problem) item.title = `This goal could not be judged: ${goal.problem}`;
    });
    const done = answer.goals.length > 0 && answer.goals.every((goal) => goal.passed);
    this.host.querySelector<HTMLElement>('[data-complete]')!.hidden = !done;
    return done;
  }

  /** The last run gave no answer (`why`, from no-answer.ts): the goals stay as last judged, marked as stale. */
  unanswered(why: string): void {
    this.markStale(`${why} ${this.judged ? 'The goals are as judged on the last version of your code that gave an answer.' : 'The goals are not judged yet.'}`);
  }

  /**
   * Marks the list as stale, with `note` under it, or (null) as current. The note is no live
   * region (the findings summary already announces the run); the list is described by it instead.
   */
  private markStale(note: string | null): void {
    const list = this.host.querySelector<HTMLElement>('[data-goals]')!;
    const element = this.host.querySelector<HTMLElement>('[data-goals-stale]');
    if (note === null) {
      delete list.dataset.stale;
      list.removeAttribute('aria-describedby');
    } else {
      list.dataset.stale = 'true';
      if (element?.id) list.setAttribute('aria-describedby', element.id);
    }
    if (element) {
      element.textContent = note ?? '';
      element.hidden = note === null;
    }
  }
}
