/** Hints one at a time, the solution once the reader has tried, and a confirmed reset. */
import type { ClientExercise } from '../exercises/client';
import type { ProjectFiles } from '../engine/protocol';
import { inlineCodeRuns } from './inline-code';

interface ActionTargets {
  /** Put these files in the editor, as one undoable change. */
  replace(files: ProjectFiles): void;
}

function renderInlineCode(text: string): Array<Node | string> {
  return inlineCodeRuns(text).map((run) => (run.code ? Object.assign(document.createElement('code'), { textContent: run.text }) : run.text));
}

export class ExerciseActions {
  private shownHints = 0;
  private tried = false;

  constructor(
    private readonly host: HTMLElement,
    private readonly exercise: ClientExercise,
    private readonly targets: ActionTargets,
  ) {
    host.querySelector('[data-action="hint"]')?.addEventListener('click', () => this.nextHint());
    host.querySelector('[data-action="solution"]')?.addEventListener('click', () => this.showSolution());
    const dialog = host.querySelector<HTMLDialogElement>('[data-confirm-reset]')!;
    host.querySelector('[data-action="reset"]')!.addEventListener('click', () => dialog.showModal());
    dialog.addEventListener('close', () => {
      if (dialog.returnValue === 'reset') this.targets.replace(this.exercise.starter);
    });
  }

  /** The reader has changed the starter and seen the checker's answer: the solution may open. */
  markTried(): void {
    if (this.tried) return;
    this.tried = true;
    const button = this.host.querySelector<HTMLButtonElement>('[data-action="solution"]')!;
    button.disabled = false;
    button.removeAttribute('aria-describedby');
    this.host.querySelector('[data-solution-note]')?.remove();
  }

  private nextHint(): void {
    const hints = this.exercise.hints;
    if (this.shownHints >= hints.length) return;
    const item = document.createElement('li');
    item.append(...renderInlineCode(hints[this.shownHints]!));
    this.host.querySelector('[data-hints]')!.append(item);
    this.shownHints += 1;
    const button = this.host.querySelector<HTMLButtonElement>('[data-action="hint"]')!;
    button.textContent = `Show a hint (${this.shownHints} of ${hints.length})`;
    button.disabled = this.shownHints === hints.length;
  }

  private showSolution(): void {
    const box = this.host.querySelector<HTMLElement>('[data-solution]')!;
    if (!box.hidden) {
      box.hidden = true;
      return;
    }
    const changed = this.exercise.tabs.filter((path) => this.exercise.solution[path] !== this.exercise.starter[path]);
    const parts: Node[] = [];
    for (const path of changed) {
      const title = document.createElement('p');
      title.append('A solution for ', Object.assign(document.createElement('code'), { textContent: path }), ':');
      const pre = document.createElement('pre');
      pre.tabIndex = 0;
      pre.textContent = this.exercise.solution[path]!;
      parts.push(title, pre);
    }
    const use = document.createElement('button');
    use.type = 'button';
    use.textContent = 'Put the solution in the editor';
    use.addEventListener('click', () => this.targets.replace(this.exercise.solution));
    parts.push(use);
    box.replaceChildren(...parts);
    box.hidden = false;
  }
}
