/**
 * What every page with a playground runs at once, kept small: show saved work in place of the
 * starter, start Python at once (it runs in a worker, so reading is not disturbed) and show its
 * first answer (and its answers to what the reader types before the editor is there), and load
 * the editor once that answer is shown and the reader is near a playground, or when they focus
 * it, in a pause of theirs either way.
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

/** Start Python and show each playground's first answer; each promise settles when its answer is shown (or failed). */
function startPython(playgrounds: Mounted[]): Array<Promise<unknown>> {
  const engine = pageEngine(); // its worker started as the head was parsed (EngineStart.astro)
  const answering = import('./first-answer');
  return playgrounds.map(({ host, exercise }) => {
    onEngineStatus((status) => showEngineStatus(host, status));
    // A failure is reported by the editor's own check.
    return answering.then(({ answerBeforeEditor }) => answerBeforeEditor(host, exercise, engine)).catch(() => {});
  });
}

function openWhenNeeded({ host, exercise }: Mounted, firstAnswer: Promise<unknown>): void {
  let opened = false;
  const open = async () => {
    if (opened) return;
    opened = true;
    observer.disconnect();
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
  // Only scrolled near: the editor waits for this playground's first answer (or its failure). Its
  // start takes the main thread for a second, which would hold back showing that answer, and its
  // 730 KB share a slow line with Python's files (at 10 Mbit/s, half a second of the wait).
  // Until then the code shown takes typing, and its checks are answered (typing-before-editor.ts);
  // a reader who focuses or clicks it gets the editor as soon as they pause, waiting or not.
  const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && void firstAnswer.then(open), {
    rootMargin: '800px 0px',
  });
  observer.observe(host);
  host.addEventListener('focusin', () => void open(), { once: true });
  host.addEventListener('pointerdown', () => void open(), { once: true });
}

export function mountPlaygrounds(): void {
  const playgrounds = [...document.querySelectorAll<HTMLElement>('[data-playground]')]
    .filter((host) => !host.dataset.mounted)
    .map((host) => ({ host, exercise: exerciseOf(host) }));
  if (playgrounds.length === 0) return;
  reloadOnShareLink();
  const firstAnswers = startPython(playgrounds);
  playgrounds.forEach((playground, i) => {
    playground.host.dataset.mounted = 'true';
    showSavedWork(playground.host, playground.exercise);
    typeBeforeEditor(playground.host, playground.exercise);
    openWhenNeeded(playground, firstAnswers[i]!);
  });
}
