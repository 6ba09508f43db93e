/**
 * The checker's answers before the editor has loaded: as soon as Python is ready, the findings
 * and goals are filled in from the reader's saved work (or the starter), and again for every edit
 * the reader makes to the static code meanwhile (typing-before-editor.ts). The editor, when it
 * comes (Monaco takes longer to start than Python), answers again and adds squiggles.
 */
import type { EngineClient } from '../engine/client';
import type { ExerciseAnswer } from '../engine/protocol';
import { exerciseRequest, type ClientExercise } from '../exercises/client';
import { loadWork } from '../progress/store';
import { FeedbackLoop, type FeedbackTiming } from './feedback';
import { failureNotice, findingsOf } from './findings';
import { FindingsView } from './findings-view';
import { GoalsView } from './goals-view';
import { noAnswerIn } from './no-answer';
import { sharedFiles } from './share-view';

function showAnswer(host: HTMLElement, answer: ExerciseAnswer, { version, latencyMs }: FeedbackTiming): void {
  if (host.dataset.editor === 'ready') return; // the editor has answered for itself
  // Until the editor is there, findings cannot take the reader to their line.
  const none = noAnswerIn(answer); // saved work that loops: no verdict on the goals
  new FindingsView(host, null, () => {}).show(findingsOf(answer), none);
  if (none) new GoalsView(host).unanswered(none);
  else new GoalsView(host).show(answer);
  host.dispatchEvent(new CustomEvent('playground:feedback', { detail: { version, latencyMs }, bubbles: true }));
}

export async function showFirstAnswer(host: HTMLElement, exercise: ClientExercise, engine: EngineClient): Promise<void> {
  const files = { ...exercise.starter, ...((await sharedFiles(exercise.id)) ?? loadWork(exercise).files) };
  // In the background: what the reader types in any playground meanwhile is answered first.
  showAnswer(host, await engine.call(exerciseRequest(exercise, files), { background: true }), { version: 0, latencyMs: 0 });
}

/** Check what the reader types into the static code while the editor loads, as the editor does: each edit, no pause. */
export function answerDrafts(host: HTMLElement, exercise: ClientExercise, engine: EngineClient): void {
  let draft: HTMLTextAreaElement | null = null;
  const loop = new FeedbackLoop<ExerciseAnswer>(
    // The draft's own text: it is saved as typed, but a full storage would not keep it.
    () => engine.call(exerciseRequest(exercise, { ...exercise.starter, ...loadWork(exercise).files, [draft!.dataset.draft!]: draft!.value })),
    (answer, timing) => showAnswer(host, answer, timing),
    (error) => {
      if (host.dataset.editor === 'ready') return;
      const findings = new FindingsView(host, null, () => {});
      findings.show([]);
      findings.notice(failureNotice(error));
    },
  );
  host.addEventListener('input', (event) => {
    const area = event.target;
    if (!(area instanceof HTMLTextAreaElement) || !area.dataset.draft || host.dataset.editor === 'ready') return;
    draft = area;
    loop.edited();
  });
}
