/**
 * What every page with a playground runs at once, kept small: show saved work in place of the
 * starter, start Python at once (it runs in a worker, so reading is not disturbed), and, once
 * the reader is near a playground (or focuses it), show its first answer (and its answers to
 * what the reader types before the editor is there), then load the editor, in a pause of theirs.
 */
import type { ClientExercise } from '../exercises/client';
import { onEngineStatus, pageEngine } from '../engine/browser/browser-engine';
import { loadWork } from '../progress/store';
import { showEngineStatus } from './status-view';
import { reloadOnShareLink, sharedFiles } from './share-view';
import { typeBeforeEditor, whenReaderPauses } from './typing-before-editor';
import { WorkNotice } from './work-notice';

/** The exercise Playground.astro wrote into the page as JSON. */
function exerciseOf(host: HTMLElement): ClientExercise {
  return JSON.parse(host.querySelector('script[data-exercise]')!.textContent!) as ClientExercise;
}

/** The first to read the saved work: an unreadable record is moved aside here, and the reader told. */
function showSavedWork(host: HTMLElement, exercise: ClientExercise): void {
  const saved = loadWork(exercise);
  showStatic(host, saved.files);
  new WorkNotice(host).restored(saved);
  // Code from a share link in the URL, if it is for this exercise, stands in for the reader's (read-only).
  void sharedFiles(exercise.id).then((shared) => {
    if (shared && host.dataset.editor !== 'ready') showStatic(host, shared);
  });
}

function showStatic(host: HTMLElement, files: Record<string, string>): void {
  for (const view of host.querySelectorAll<HTMLElement>('[data-static]')) {
    const text = files[view.dataset.static!];
    const code = view.querySelector('code');
    if (text !== undefined && code) code.textContent = text;
  }
}

interface Mounted {
  host: HTMLElement;
  exercise: ClientExercise;
}

/**
 * How close to the screen a playground must come to be answered and to get its editor: a reader
 * scrolling at a brisk pace takes longer to cover it than a first answer (0.3 s at most) takes.
 */
const NEAR_MARGIN = '800px 0px';

/**
 * Resolves once the playground is within NEAR_MARGIN of the screen, or the reader focuses or
 * clicks in it. Until then it is not answered: a page's first answers run one at a time in the
 * one worker, the first of an exercise takes up to 0.3 s (its modules' first import), and one
 * for a playground two screens down would hold back the answer to what the reader types in the
 * one they are reading.
 */
function whenNear(host: HTMLElement): Promise<void> {
  return new Promise((resolve) => {
    const near = () => {
      observer.disconnect();
      resolve();
    };
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && near(), { rootMargin: NEAR_MARGIN });
    observer.observe(host);
    host.addEventListener('focusin', near, { once: true });
    host.addEventListener('pointerdown', near, { once: true });
  });
}

/** Start Python and show each playground's first answer once it is near; each promise settles when its answer is shown (or failed). */
function startPython(playgrounds: Mounted[], near: Array<Promise<void>>): Array<Promise<unknown>> {
  const engine = pageEngine(); // its worker started as the head was parsed (EngineStart.astro)
  const answering = import('./first-answer');
  return playgrounds.map(({ host, exercise }, i) => {
    onEngineStatus((status) => showEngineStatus(host, status));
    // A failure is reported by the editor's own check.
    return answering.then(({ answerBeforeEditor }) => answerBeforeEditor(host, exercise, engine, near[i]!)).catch(() => {});
  });
}

function openWhenNeeded({ host, exercise }: Mounted, near: Promise<void>, firstAnswer: Promise<unknown>): void {
  let opened = false;
  const open = async () => {
    if (opened) return;
    opened = true;
    try {
      // Each of the editor's two long steps, loading Monaco and making the editor, waits for a
      // pause in what the reader does in any playground: what they type meanwhile goes to the
      // draft, and is answered, at once.
      await whenReaderPauses();
      performance.mark('d2p:editor:start');
      const { openPlayground } = await import('./playground');
      await whenReaderPauses();
      await openPlayground(host, exercise);
    } catch (error) {
      const text = host.querySelector('[data-engine-text]');
      if (text) text.textContent = `The editor could not load (${String(error)}). Reload the page to try again; your code is kept.`;
    }
  };
  // Near, the editor waits for this playground's first answer (or its failure). Its start takes
  // the main thread for a second, which would hold back showing that answer, and its 730 KB
  // share a slow line with Python's files (at 10 Mbit/s, half a second of the wait).
  // Until then the code shown takes typing, and its checks are answered (typing-before-editor.ts);
  // a reader who focuses or clicks it gets the editor as soon as they pause, waiting or not.
  void near.then(() => firstAnswer).then(open);
  host.addEventListener('focusin', () => void open(), { once: true });
  host.addEventListener('pointerdown', () => void open(), { once: true });
}

export function mountPlaygrounds(): void {
  const playgrounds = [...document.querySelectorAll<HTMLElement>('[data-playground]')]
    .filter((host) => !host.dataset.mounted)
    .map((host) => ({ host, exercise: exerciseOf(host) }));
  if (playgrounds.length === 0) return;
  reloadOnShareLink();
  const near = playgrounds.map(({ host }) => whenNear(host));
  const firstAnswers = startPython(playgrounds, near);
  playgrounds.forEach((playground, i) => {
    playground.host.dataset.mounted = 'true';
    showSavedWork(playground.host, playground.exercise);
    typeBeforeEditor(playground.host, playground.exercise);
    openWhenNeeded(playground, near[i]!, firstAnswers[i]!);
  });
}
