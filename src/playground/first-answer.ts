/**
 * The checker's first answer, before the editor has loaded: as soon as Python is ready, the
 * findings and goals are filled in from the reader's saved work (or the starter). The editor,
 * when it comes (Monaco takes longer to start than Python), answers again and adds squiggles.
 */
import type { EngineClient } from '../engine/client';
import { exerciseRequest, type ClientExercise } from '../exercises/client';
import { loadWork } from '../progress/store';
import { findingsOf } from './findings';
import { FindingsView } from './findings-view';
import { GoalsView } from './goals-view';
import { noAnswerIn } from './no-answer';
import { sharedFiles } from './share-view';

export async function showFirstAnswer(host: HTMLElement, exercise: ClientExercise, engine: EngineClient): Promise<void> {
  const files = { ...exercise.starter, ...((await sharedFiles(exercise.id)) ?? loadWork(exercise).files) };
  const answer = await engine.call(exerciseRequest(exercise, files));
  if (host.dataset.editor === 'ready') return; // the editor has answered for itself
  // Until the editor is there, findings cannot take the reader to their line.
  const none = noAnswerIn(answer); // saved work that loops: no verdict on the goals
  new FindingsView(host, null, () => {}).show(findingsOf(answer), none);
  if (none) new GoalsView(host).unanswered(none);
  else new GoalsView(host).show(answer);
  host.dispatchEvent(new CustomEvent('playground:feedback', { detail: { version: 0, latencyMs: 0 }, bubbles: true }));
}
