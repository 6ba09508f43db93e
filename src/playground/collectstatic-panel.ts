/**
 * The collectstatic panel of an exercise (CollectstaticPanel.astro), on the page: "Run
 * collectstatic" runs `manage.py collectstatic ARGS` on the reader's project as it is in the
 * editor, and shows what the command printed and the STATIC_ROOT it leaves: each file with where
 * it came from, the files it shadowed, and the hashed copies a manifest storage writes. After a
 * first run it runs again as the reader edits, so the tree follows the code. What
 * collectstatic-plan.ts decides is only shown here.
 */
import type { EngineClient } from '../engine/client';
import type { CollectstaticAnswer } from '../engine/protocol';
import {
  collectstaticRequest,
  leftOver,
  OPEN_FOLDER_LIMIT,
  outcomeLine,
  parseArgs,
  sourceText,
  staticRootTree,
  type PanelProject,
  type TreeFolder,
} from './collectstatic-plan';
import { FeedbackLoop } from './feedback';
import { noAnswerAfter } from './no-answer';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

interface PanelOptions {
  /** The project as it is now: the editor's files, the exercise's settings module, env, packages. */
  project: () => PanelProject;
  engine: EngineClient;
}

export class CollectstaticPanel {
  private readonly root: HTMLElement;
  private readonly args: HTMLInputElement;
  private readonly problem: HTMLElement;
  private readonly status: HTMLElement;
  private readonly live: HTMLElement;
  private readonly result: HTMLElement;
  private ran = false;
  private announce = false;
  private asked: string[] = [];
  private readonly loop: FeedbackLoop<CollectstaticAnswer>;

  constructor(host: HTMLElement, private readonly options: PanelOptions) {
    this.root = host.querySelector<HTMLElement>('[data-collectstatic-panel]')!;
    const part = <T extends HTMLElement>(name: string) => this.root.querySelector<T>(`[data-collectstatic-${name}]`)!;
    this.args = part('args');
    this.problem = part('problem');
    this.status = part('status');
    this.live = part('live');
    this.result = part('result');
    part<HTMLFormElement>('form').addEventListener('submit', (event) => {
      event.preventDefault();
      this.run();
    });
    this.loop = new FeedbackLoop<CollectstaticAnswer>(
      () => this.options.engine.call(collectstaticRequest(this.options.project(), this.asked)),
      (answer) => this.show(answer),
      (error) => this.unanswered(noAnswerAfter(error)),
    );
    this.root.dataset.state = 'ready';
    for (const control of this.root.querySelectorAll<HTMLButtonElement | HTMLInputElement>('button, input')) control.disabled = false;
    this.status.textContent = 'Press Run collectstatic to collect your project as it is now.';
  }

  /** The reader's code changed: run again (once they have run it), so the tree follows. */
  filesChanged(): void {
    if (this.ran) this.loop.edited();
  }

  private run(): void {
    const parsed = parseArgs(this.args.value);
    if ('problem' in parsed) {
      this.problem.textContent = parsed.problem;
      this.problem.hidden = false;
      this.args.setAttribute('aria-invalid', 'true');
      this.args.focus();
      return;
    }
    this.problem.hidden = true;
    this.args.removeAttribute('aria-invalid');
    this.asked = parsed.args;
    this.ran = true;
    this.announce = true;
    this.status.textContent = 'Running collectstatic…';
    this.loop.edited();
  }

  private unanswered(why: string): void {
    this.status.textContent = why;
    this.root.dataset.state = 'stale';
  }

  private show(answer: CollectstaticAnswer): void {
    this.root.dataset.state = 'answered';
    const outcome = outcomeLine(answer);
    this.status.textContent = `$ python manage.py collectstatic ${this.asked.join(' ')}`.trimEnd();
    if (this.announce) {
      this.live.textContent = outcome;
      this.announce = false;
    }
    this.result.replaceChildren(this.outputBlock(answer, outcome), this.treeBlock(answer));
  }

  private outputBlock(answer: CollectstaticAnswer, outcome: string): HTMLElement {
    const block = el('div', undefined, 'pg-cs-output');
    block.append(el('h5', 'What the command printed', 'pg-cs-heading'));
    const lines = [...answer.output, ...answer.stderr.map((line) => line)];
    const pre = el('pre', lines.length ? lines.join('\n') : '(nothing)');
    pre.tabIndex = 0;
    pre.setAttribute('aria-label', 'Output of collectstatic');
    block.append(pre);
    const line = el('p', outcome, answer.error || answer.exit_code !== 0 ? 'pg-cs-outcome pg-cs-failed' : 'pg-cs-outcome');
    block.append(line);
    if (answer.error?.location?.file) {
      block.append(el('p', `Raised at ${answer.error.location.file}, line ${answer.error.location.line}.`, 'pg-cs-note'));
    }
    return block;
  }

  private treeBlock(answer: CollectstaticAnswer): HTMLElement {
    const block = el('div', undefined, 'pg-cs-tree');
    const where = answer.static_root ?? 'STATIC_ROOT (not set)';
    block.append(el('h5', `What ${where}/ holds afterwards`, 'pg-cs-heading'));
    if (!answer.copied.length) {
      block.append(el('p', answer.static_root ? 'Nothing: the folder is empty or was not created.' : 'No folder: STATIC_ROOT is not set.', 'pg-cs-note'));
      return block;
    }
    const tree = staticRootTree(answer);
    const list = el('ul', undefined, 'pg-cs-root');
    list.setAttribute('aria-label', `Files in ${where}`);
    this.fill(list, tree);
    block.append(list);
    const old = leftOver(answer);
    if (old.length) block.append(el('p', `${old.length} file${old.length === 1 ? ' was' : 's were'} there before this run (kept: no --clear).`, 'pg-cs-note'));
    const shadowed = answer.sources.filter((source) => !source.kept).length;
    if (shadowed) block.append(el('p', `${shadowed} file${shadowed === 1 ? ' was' : 's were'} shadowed: an earlier file had the same path.`, 'pg-cs-note'));
    return block;
  }

  private fill(list: HTMLElement, folder: TreeFolder): void {
    for (const node of folder.children) {
      const item = el('li');
      if (node.kind === 'folder') {
        const details = el('details');
        details.open = node.count <= OPEN_FOLDER_LIMIT;
        details.append(el('summary', `${node.name}/ (${node.count} file${node.count === 1 ? '' : 's'})`));
        const inner = el('ul');
        this.fill(inner, node);
        details.append(inner);
        item.append(details);
      } else {
        item.append(el('code', node.name, 'pg-cs-name'));
        if (node.hashedOf) item.append(el('span', ` hashed copy of ${node.hashedOf.split('/').at(-1)}`, 'pg-cs-hash'));
        else if (node.source) item.append(el('span', ` from ${sourceText({ source: node.source, finder: node.finder! })}`, 'pg-cs-from'));
        else if (node.path === 'staticfiles.json') item.append(el('span', ' the manifest: each name and its hashed name', 'pg-cs-hash'));
        else item.append(el('span', ' there before this run', 'pg-cs-from'));
        if (node.hashedAs) item.append(el('span', ` → ${node.hashedAs.split('/').at(-1)}`, 'pg-cs-hash'));
        for (const hidden of node.shadowed) {
          item.append(el('span', `shadows ${sourceText(hidden)}: not collected`, 'pg-cs-shadowed'));
        }
      }
      list.append(item);
    }
  }
}
