/**
 * The checker's answers before the editor has loaded: as soon as Python is ready (at once, if
 * this browser remembers the answer to the same code: remembered-answers.ts), the findings and
 * goals are filled in from the reader's saved work (or the starter), and again for every edit
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
import { pageAnswerMemory } from './remembered-answers';
import { sharedFiles } from './share-view';
import { readerIsQuiet, whenReaderPauses } from './typing-before-editor';
import { warmUpWhilePaused } from './warm-up-while-paused';

/**
 * Answer a playground until its editor is there: its first answer, asked in the background once
 * the playground is `near` (what the reader types in any playground meanwhile is answered first),
 * then every edit of the draft, as the editor does it (FeedbackLoop). Resolves once the first
 * answer is in.
 */
export async function answerBeforeEditor(host: HTMLElement, exercise: ClientExercise, engine: EngineClient, near: Promise<void>): Promise<void> {
  // One findings view and one goals view for all of the playground's answers: they keep what they
  // last said (the live summary is not rewritten to say it again, the goals stay as last judged
  // while a line does not parse).
  // Until the editor is there, findings cannot take the reader to their line.
  const findings = new FindingsView(host, null, () => {});
  const goals = new GoalsView(host);
  const show = (answer: ExerciseAnswer, { version, latencyMs }: FeedbackTiming) => {
    if (host.dataset.editor === 'ready') return; // the editor has answered for itself
    const none = noAnswerIn(answer); // saved work that loops: no verdict on the goals
    findings.show(findingsOf(answer), none);
    if (none) goals.unanswered(none);
    else goals.show(answer);
    host.dispatchEvent(new CustomEvent('playground:feedback', { detail: { version, latencyMs }, bubbles: true }));
  };

  let draft: HTMLTextAreaElement | null = null;
  const loop = new FeedbackLoop<ExerciseAnswer>(
    // The draft's own text: it is saved as typed, but a full storage would not keep it.
    () => engine.call(exerciseRequest(exercise, { ...exercise.starter, ...loadWork(exercise).files, [draft!.dataset.draft!]: draft!.value })),
    show,
    (error) => {
      if (host.dataset.editor === 'ready') return;
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

  const files = { ...exercise.starter, ...((await sharedFiles(exercise.id)) ?? loadWork(exercise).files) };
  const request = exerciseRequest(exercise, files);
  // What the engine answered to this very code on an earlier visit, shown while Python starts
  // (without Python: near or not); Python's own answer replaces it.
  const memory = pageAnswerMemory();
  let first: ExerciseAnswer | null = null;
  void memory.recall(exercise.id, request).then((kept) => {
    if (kept && !first && !draft) show(kept, { version: 0, latencyMs: 0 });
  });
  await near;
  first = await engine.call(request, { background: true });
  // Answered after the reader's first edit (it waited behind it): about the code before it.
  if (!draft) show(first, { version: 0, latencyMs: 0 });
  // Not for code that ran into the time limit: each run would take the whole of it.
  if (noAnswerIn(first)) return;
  memory.remember(exercise.id, request, first);
  void warmUpWhilePaused(engine, request, { whenPaused: whenReaderPauses, stillPaused: readerIsQuiet });
}
