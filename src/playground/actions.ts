/**
 * Hints one at a time, the solution once the reader has tried (shown as a change to their own
 * code), a confirmed reset, and the reader's files to copy or download. The hints seen and the
 * solution's opening are kept with the progress, so a reload does not take them back.
 */
import type { ClientExercise } from '../exercises/client';
import type { ProjectFiles } from '../engine/protocol';
import { loadAids, saveAids } from '../progress/store';
import { inlineCodeRuns } from './inline-code';
import { hunks, lineDiff } from './line-diff';
import { zipFiles } from './zip';

interface ActionTargets {
  /** Put these files in the editor, as one undoable change. */
  replace(files: ProjectFiles): void;
  /** The tabs' text as the reader has it now. */
  files(): ProjectFiles;
  /** The tab open in the editor. */
  activeFile(): string;
}

function renderInlineCode(text: string): Array<Node | string> {
  return inlineCodeRuns(text).map((run) => (run.code ? Object.assign(document.createElement('code'), { textContent: run.text }) : run.text));
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

const basename = (path: string) => path.slice(path.lastIndexOf('/') + 1);

export class ExerciseActions {
  private shownHints = 0;
  private tried = false;

  constructor(
    private readonly host: HTMLElement,
    private readonly exercise: ClientExercise,
    private readonly targets: ActionTargets,
  ) {
    host.querySelector('[data-action="hint"]')?.addEventListener('click', () => this.nextHint());
    host.querySelector('[data-action="solution"]')?.addEventListener('click', () => this.toggleSolution());
    host.querySelector('[data-action="copy"]')?.addEventListener('click', () => void this.copy());
    host.querySelector('[data-action="download"]')?.addEventListener('click', () => this.download());
    const dialog = host.querySelector<HTMLDialogElement>('[data-confirm-reset]')!;
    host.querySelector('[data-action="reset"]')!.addEventListener('click', () => dialog.showModal());
    dialog.addEventListener('close', () => {
      if (dialog.returnValue === 'reset') this.targets.replace(this.exercise.starter);
    });
    const aids = loadAids(exercise.id);
    while (this.shownHints < Math.min(aids.hints, exercise.hints.length)) this.showHint();
    if (aids.tried) this.markTried();
    this.tabChanged();
  }

  /** The reader has changed the starter and seen the checker's answer: the solution may open. */
  markTried(): void {
    if (this.tried) return;
    this.tried = true;
    const button = this.host.querySelector<HTMLButtonElement>('[data-action="solution"]')!;
    button.disabled = false;
    button.removeAttribute('aria-describedby');
    this.host.querySelector('[data-solution-note]')?.remove();
    this.keep();
  }

  /** The reader's code changed: an open solution shows the change from the code as it is now. */
  filesChanged(): void {
    const box = this.host.querySelector<HTMLElement>('[data-solution]')!;
    if (!box.hidden) this.renderSolution(box);
  }

  tabChanged(): void {
    const copy = this.host.querySelector('[data-action="copy"]');
    if (copy) copy.textContent = `Copy ${basename(this.targets.activeFile())}`;
  }

  private keep(): void {
    saveAids(this.exercise.id, { hints: this.shownHints, tried: this.tried });
  }

  private nextHint(): void {
    if (this.shownHints >= this.exercise.hints.length) return;
    this.showHint();
    this.keep();
  }

  private showHint(): void {
    const hints = this.exercise.hints;
    const item = document.createElement('li');
    item.append(...renderInlineCode(hints[this.shownHints]!));
    this.host.querySelector('[data-hints]')!.append(item);
    this.shownHints += 1;
    const button = this.host.querySelector<HTMLButtonElement>('[data-action="hint"]')!;
    button.textContent = `Show a hint (${this.shownHints} of ${hints.length})`;
    button.disabled = this.shownHints === hints.length;
  }

  private toggleSolution(): void {
    const box = this.host.querySelector<HTMLElement>('[data-solution]')!;
    const button = this.host.querySelector<HTMLButtonElement>('[data-action="solution"]')!;
    box.hidden = !box.hidden;
    button.setAttribute('aria-expanded', String(!box.hidden));
    if (!box.hidden) this.renderSolution(box);
  }

  private renderSolution(box: HTMLElement): void {
    const mine = this.targets.files();
    const parts: Node[] = [];
    for (const path of this.exercise.tabs) {
      const solution = this.exercise.solution[path] ?? '';
      if (solution === this.exercise.starter[path] && solution === mine[path]) continue;
      const title = el('p');
      const code = el('code', path);
      if (solution === mine[path]) {
        title.append('Your ', code, ' is the solution’s already.');
        parts.push(title);
        continue;
      }
      title.append('What the solution changes in your ', code, ' (lines marked − go, lines marked + come):');
      const pre = el('pre', undefined, 'pg-diff');
      pre.tabIndex = 0;
      pre.setAttribute('aria-label', `The solution as a change to your ${path}`);
      for (const part of hunks(lineDiff(mine[path] ?? '', solution))) {
        if (part.kind === 'skipped') {
          pre.append(el('span', `… ${part.count} unchanged line${part.count === 1 ? '' : 's'}`, 'pg-diff-skipped'));
          continue;
        }
        for (const line of part.lines) {
          const row = el('span', undefined, 'pg-diff-line');
          row.dataset.kind = line.kind;
          const mark = el('span', { same: '  ', removed: '− ', added: '+ ' }[line.kind]);
          mark.setAttribute('aria-hidden', 'true');
          const said = line.kind === 'same' ? [] : [el('span', line.kind === 'added' ? 'added: ' : 'removed: ', 'sr-only')];
          row.append(mark, ...said, line.text || ' ');
          pre.append(row);
        }
      }
      const whole = el('details');
      const wholeCode = el('pre', solution);
      wholeCode.tabIndex = 0;
      whole.append(el('summary', `The solution’s whole ${basename(path)}`), wholeCode);
      parts.push(title, pre, whole);
    }
    if (parts.length === 0) parts.push(el('p', 'Your code is the solution.'));
    const use = el('button', 'Put the solution in the editor');
    use.type = 'button';
    use.addEventListener('click', () => this.targets.replace(this.exercise.solution));
    parts.push(use);
    box.replaceChildren(...parts);
  }

  private say(text: string): void {
    const status = this.host.querySelector('[data-take-status]');
    if (status) status.textContent = text;
  }

  private async copy(): Promise<void> {
    const path = this.targets.activeFile();
    try {
      await navigator.clipboard.writeText(this.targets.files()[path] ?? '');
      this.say(`${path} is copied.`);
    } catch {
      this.say(`The browser did not let the page copy ${path}: select the code in the editor (Ctrl+A) and copy it (Ctrl+C).`);
    }
  }

  private download(): void {
    const files = this.targets.files();
    const paths = Object.keys(files);
    const single = paths.length === 1;
    const blob = single
      ? new Blob([files[paths[0]!]!], { type: 'text/plain;charset=utf-8' })
      : new Blob([zipFiles(files) as Uint8Array<ArrayBuffer>], { type: 'application/zip' });
    const name = single ? basename(paths[0]!) : `${basename(this.exercise.id)}.zip`;
    const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: name });
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    this.say(single ? `${name} is downloaded.` : `${name} is downloaded: ${paths.join(', ')}.`);
  }
}
