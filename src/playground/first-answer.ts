/**
 * The checker's answers before the editor has loaded: as soon as Python is ready, the findings
 * and goals are filled in from the reader's saved work (or the starter), and again each time the
 * reader pauses in what they type into the static code meanwhile (typing-before-editor.ts). The
 * editor, when it comes (Monaco takes longer to start than Python), answers again and adds
 * squiggles.
 */
import type { EngineClient } from '../engine/client';
import type { ProjectFiles } from '../engine/protocol';
import { exerciseRequest, type ClientExercise } from '../exercises/client';
import { loadWork } from '../progress/store';
import { findingsOf } from './findings';
import { FindingsView } from './findings-view';
import { GoalsView } from './goals-view';
import { noAnswerIn } from './no-answer';
import { sharedFiles } from './share-view';

/** The pause in the reader's typing after which what they typed is checked. */
const DRAFT_PAUSE_MS = 150;

async function showAnswer(host: HTMLElement, exercise: ClientExercise, engine: EngineClient, files: ProjectFiles, version: number, askedAt: number): Promise<void> {
  const answer = await engine.call(exerciseRequest(exercise, files));
  if (host.dataset.editor === 'ready') return; // the editor has answered for itself
  // Until the editor is there, findings cannot take the reader to their line.
  const none = noAnswerIn(answer); // saved work that loops: no verdict on the goals
  new FindingsView(host, null, () => {}).show(findingsOf(answer), none);
  if (none) new GoalsView(host).unanswered(none);
  else new GoalsView(host).show(answer);
  host.dispatchEvent(new CustomEvent('playground:feedback', { detail: { version, latencyMs: version ? performance.now() - askedAt : 0 }, bubbles: true }));
}

export async function showFirstAnswer(host: HTMLElement, exercise: ClientExercise, engine: EngineClient): Promise<void> {
  const files = { ...exercise.starter, ...((await sharedFiles(exercise.id)) ?? loadWork(exercise).files) };
  await showAnswer(host, exercise, engine, files, 0, performance.now());
}

/** Check what the reader types into the static code while the editor loads, at each pause. */
export function answerDrafts(host: HTMLElement, exercise: ClientExercise, engine: EngineClient): void {
  let version = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  host.addEventListener('input', (event) => {
    const area = event.target;
    if (!(area instanceof HTMLTextAreaElement) || !area.dataset.draft || host.dataset.editor === 'ready') return;
    const typedAt = performance.now();
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (host.dataset.editor === 'ready') return;
      // The draft's own text: it is saved as typed, but a full storage would not keep it.
      const files = { ...exercise.starter, ...loadWork(exercise).files, [area.dataset.draft!]: area.value };
      void showAnswer(host, exercise, engine, files, ++version, typedAt);
    }, DRAFT_PAUSE_MS);
  });
}
