/**
 * Share links in the page: "Share my code" makes one (src/share/link.ts), and a page opened from
 * one shows that code read-only in its exercise's playground, with "Take a copy" (which asks
 * before it replaces the reader's own saved code) and "Back to my code". A link that cannot be
 * opened says why, above the first playground of the page. The reader's own code is never
 * touched by opening a link: only "Take a copy" saves.
 */
import type { ProjectFiles } from '../engine/protocol';
import type { ClientExercise } from '../exercises/client';
import { loadWork, saveWork } from '../progress/store';
import { isShareFragment, makeShareLink, openShareLink } from '../share/link';
import { placeShare } from '../share/place';

/** The chapters' exercises, as Head.astro writes them into every page. */
function chapterExercises(): Record<string, string[]> {
  const data = document.getElementById('chapter-exercises')?.textContent;
  return data ? (JSON.parse(data) as Record<string, string[]>) : {};
}

const exercisesOnPage = (): ClientExercise[] =>
  [...document.querySelectorAll<HTMLElement>('[data-playground] script[data-exercise]')].map((script) => JSON.parse(script.textContent!) as ClientExercise);

let opened: { hash: string; shown: Promise<{ exercise: string; files: ProjectFiles } | null> } | null = null;

/** Tell the reader why the link shows nothing, above the page's first playground. */
function showProblem(message: string, link?: { href: string; text: string }): void {
  const box = document.querySelector<HTMLElement>('[data-playground] [data-share-problem]');
  if (!box) return;
  box.replaceChildren(message);
  if (link) box.append(' ', Object.assign(document.createElement('a'), { href: link.href, textContent: link.text }));
  box.hidden = false;
}

async function openLink(hash: string): Promise<{ exercise: string; files: ProjectFiles } | null> {
  const link = await openShareLink(hash);
  if (!link) return null;
  if (!link.ok) {
    showProblem(link.message);
    return null;
  }
  const placed = placeShare(link.shared, exercisesOnPage(), chapterExercises());
  if (placed.kind === 'here') return { exercise: placed.exercise, files: placed.files };
  if (placed.kind === 'elsewhere') {
    const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
    showProblem(placed.message, { href: `${base}${placed.chapter}/${hash}`, text: 'Open it in its chapter.' });
  } else {
    showProblem(placed.message);
  }
  return null;
}

/** The tabs a share link in the page's URL shows in this exercise's playground; null when it shows none here. */
export async function sharedFiles(exerciseId: string): Promise<ProjectFiles | null> {
  const hash = location.hash;
  if (!isShareFragment(hash)) return null;
  if (opened?.hash !== hash) opened = { hash, shown: openLink(hash) };
  const shown = await opened.shown;
  return shown?.exercise === exerciseId ? shown.files : null;
}

/** A link pasted into the address bar of a page already open changes only the fragment: open it as a page. */
let reloading = false;
export function reloadOnShareLink(): void {
  if (reloading) return;
  reloading = true;
  addEventListener('hashchange', () => {
    if (isShareFragment(location.hash)) location.reload();
  });
}

/** Drop the share link from the address bar (a reload then shows the reader's own code). */
function forgetLink(): void {
  history.replaceState(history.state, '', location.pathname + location.search);
  opened = null;
}

const sameTabs = (a: ProjectFiles, b: ProjectFiles, tabs: string[]) => tabs.every((path) => (a[path] ?? '') === (b[path] ?? ''));

interface ShareViewTargets {
  /** Show these tabs, without saving them. */
  show(files: ProjectFiles): void;
  /** The editor becomes read-only (true) or editable. */
  readOnly(on: boolean): void;
  /** The shared code has become the reader's (saved): later edits are saved as theirs. */
  adopted(files: ProjectFiles): void;
}

/** The read-only view of shared code in one playground (SharedCode.astro). */
export class ShareView {
  private viewing: ProjectFiles | null = null;
  private readonly bar: HTMLElement;
  private readonly text: HTMLElement;

  constructor(
    private readonly host: HTMLElement,
    private readonly exercise: ClientExercise,
    private readonly targets: ShareViewTargets,
  ) {
    this.bar = host.querySelector<HTMLElement>('[data-shared]')!;
    this.text = this.bar.querySelector<HTMLElement>('[data-shared-text]')!;
    const dialog = host.querySelector<HTMLDialogElement>('[data-confirm-copy]')!;
    this.bar.querySelector('[data-action="take-copy"]')!.addEventListener('click', () => {
      const own = this.ownFiles();
      const starter = this.exercise.starter;
      const hasOwn = Object.keys(loadWork(this.exercise).files).length > 0 && !sameTabs(own, starter, this.exercise.tabs);
      if (hasOwn && this.viewing && !sameTabs(own, this.viewing, this.exercise.tabs)) dialog.showModal();
      else this.takeCopy();
    });
    dialog.addEventListener('close', () => {
      if (dialog.returnValue === 'replace') this.takeCopy();
    });
    this.bar.querySelector('[data-action="leave-shared"]')!.addEventListener('click', () => this.leave());
  }

  /** Whether the playground shows someone's shared code (read-only) rather than the reader's. */
  get active(): boolean {
    return this.viewing !== null;
  }

  /** Show shared code: the static views before the editor loads, the banner, read-only. */
  enter(files: ProjectFiles): void {
    this.viewing = files;
    this.host.dataset.viewingShare = 'true';
    this.bar.hidden = false;
    this.text.textContent =
      'You are looking at code someone shared with you, read-only. Your own code for this exercise is kept as it was: “Take a copy” makes this code yours to edit.';
    this.targets.readOnly(true);
    const saved = this.host.querySelector('[data-saved]');
    if (saved) saved.textContent = ''; // "your code is back" is about the reader's code, not what is shown
  }

  private ownFiles(): ProjectFiles {
    return { ...this.exercise.starter, ...loadWork(this.exercise).files };
  }

  private takeCopy(): void {
    if (!this.viewing) return;
    const files = Object.fromEntries(this.exercise.tabs.map((path) => [path, this.viewing![path] ?? '']));
    const outcome = saveWork(this.exercise.id, files);
    if (!outcome.saved) {
      this.text.textContent = `The copy could not be saved: ${outcome.message} The shared code stays on show, read-only.`;
      return;
    }
    this.finish();
    this.targets.adopted(files);
    this.say('The shared code is now yours, saved in this browser: edit it as you like.');
  }

  private leave(): void {
    if (!this.viewing) return;
    this.finish();
    this.targets.show(this.ownFiles());
    this.say('Your own code is back. The shared code was not kept.');
  }

  private finish(): void {
    this.viewing = null;
    delete this.host.dataset.viewingShare;
    this.bar.hidden = true;
    this.targets.readOnly(false);
    forgetLink();
  }

  private say(text: string): void {
    const status = this.host.querySelector('[data-share-status]');
    if (status) status.textContent = text;
  }
}

/** "Share my code": a link holding the tabs, copied to the clipboard and shown to select. */
export async function shareCode(host: HTMLElement, exercise: ClientExercise, files: ProjectFiles): Promise<void> {
  const status = host.querySelector<HTMLElement>('[data-share-status]')!;
  const output = host.querySelector<HTMLInputElement>('[data-share-link]')!;
  const made = await makeShareLink({ exercise: exercise.id, files: Object.fromEntries(exercise.tabs.map((path) => [path, files[path] ?? ''])) });
  if (!made.ok) {
    output.hidden = true;
    status.textContent = made.message;
    return;
  }
  const url = `${location.origin}${location.pathname}${location.search}#${made.fragment}`;
  output.value = url;
  output.hidden = false;
  output.select();
  const holds = 'The link holds your code itself: anyone you send it to sees it, and no server does.';
  try {
    await navigator.clipboard.writeText(url);
    status.textContent = `A link to your code is copied (${url.length} characters). ${holds}`;
  } catch {
    status.textContent = `Here is a link to your code (${url.length} characters): it is selected, copy it with Ctrl+C. ${holds}`;
  }
}
