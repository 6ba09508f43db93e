/**
 * The progress page (ProgressPage.astro): the count of exercises done, each exercise's state,
 * and export, import and reset. Import reads the file (transfer.ts), says what it would bring and
 * asks first; where the reader and the file hold different code for an exercise, the reader's
 * stays unless they tick that exercise. Nothing is written until they say Import.
 */
import { readProgress, resetProgress, writeProgress } from './store';
import { mergeProgress, planMerge, progressFile, readProgressFile, tally, type Progress } from './transfer';

type Course = Record<string, { tabs: string[]; title: string }>;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const when = (time: number) => new Date(time).toLocaleString();

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

export function mountProgressPage(): void {
  const page = document.querySelector<HTMLElement>('[data-progress-page]');
  if (!page) return;
  const course = JSON.parse(page.querySelector('script[data-course]')!.textContent!) as Course;
  const status = page.querySelector<HTMLElement>('[data-progress-status]')!;
  const problem = page.querySelector<HTMLElement>('[data-progress-problem]')!;
  const say = (text: string) => {
    problem.hidden = true;
    status.textContent = text;
  };
  const fail = (text: string) => {
    status.textContent = '';
    problem.textContent = text;
    problem.hidden = false;
  };

  const render = () => {
    const progress = readProgress(course);
    const { done, started, total } = tally(progress, course);
    page.querySelector('[data-progress-summary]')!.textContent =
      `${done} of ${plural(total, 'exercise')} done` + (started > 0 ? `, ${started} more started.` : '.');
    page.querySelector<HTMLProgressElement>('[data-progress-bar]')!.value = done;
    for (const item of page.querySelectorAll<HTMLElement>('[data-exercise]')) {
      const entry = progress.exercises[item.dataset.exercise!];
      const state = entry?.done ? 'done' : entry?.work ? 'started' : 'not-started';
      item.dataset.exerciseState = state;
      item.querySelector('[data-state-text]')!.textContent =
        state === 'done' ? `done ${new Date(entry!.done!).toLocaleDateString()}` : state === 'started' ? 'started' : 'not started';
    }
    for (const count of page.querySelectorAll<HTMLElement>('[data-chapter-count]')) {
      const items = [...page.querySelectorAll<HTMLElement>(`[data-exercise^="${count.dataset.chapterCount}/"]`)];
      count.textContent = `(${items.filter((item) => item.dataset.exerciseState === 'done').length} of ${items.length} done)`;
    }
  };

  page.querySelector('[data-action="export"]')!.addEventListener('click', () => {
    const file = progressFile(readProgress(course));
    const blob = new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' });
    const name = `django-to-production-progress-${file.exportedAt.slice(0, 10)}.json`;
    const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: name });
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    const { done } = tally(file, course);
    say(`${name} is downloaded: your code in ${plural(Object.values(file.exercises).filter((e) => e.work).length, 'exercise')} and ${done} done. Import it on another machine from this page.`);
  });

  const input = page.querySelector<HTMLInputElement>('[data-import-file]')!;
  page.querySelector('[data-action="import"]')!.addEventListener('click', () => input.click());
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (file) void file.text().then((text) => askToImport(text), (error: unknown) => fail(`The file could not be read: ${String(error)}`));
  });

  const importDialog = page.querySelector<HTMLDialogElement>('[data-confirm-import]')!;
  let pending: { mine: Progress; theirs: Progress } | null = null;
  const askToImport = (text: string) => {
    const read = readProgressFile(text, course);
    if (!read.ok) return fail(read.message);
    const mine = readProgress(course);
    const plan = planMerge(mine, read.progress);
    const leftOut = read.leftOut.length ? ` Left out, as this course does not have them: ${read.leftOut.join('; ')}.` : '';
    if (!plan.changes) return say(`This file holds nothing this browser does not have already: nothing to import.${leftOut}`);
    const summary = page.querySelector('[data-import-summary]')!;
    const lines = [
      `The file was exported on ${new Date(read.exportedAt).toLocaleString()}.`,
      plan.newWork.length ? `It brings your code for ${plural(plan.newWork.length, 'exercise')} you have no code for here.` : '',
      plan.newlyDone.length ? `It marks ${plural(plan.newlyDone.length, 'more exercise')} done.` : '',
      'Marks, hints seen and checklist ticks are joined with yours: none of yours is removed. A request panel comes in where you have none, or with the code you choose to take.',
      read.leftOut.length ? `Left out, as this course does not have them: ${read.leftOut.join('; ')}.` : '',
    ].filter(Boolean);
    summary.replaceChildren(...lines.map((line) => el('p', line)));
    const fieldset = page.querySelector<HTMLFieldSetElement>('[data-import-conflicts]')!;
    fieldset.hidden = plan.conflicts.length === 0;
    page.querySelector('[data-conflict-list]')!.replaceChildren(
      ...plan.conflicts.map(({ id, mine: mineAt, theirs: theirsAt }) => {
        const item = el('li');
        const box = Object.assign(el('input'), { type: 'checkbox', id: `take-${id.replace(/[^a-z0-9]+/gi, '-')}`, value: id });
        const label = el('label', `Use the file’s code for “${course[id]!.title}” (yours saved ${when(mineAt)}, the file’s ${when(theirsAt)})`);
        label.htmlFor = box.id;
        item.append(box, ' ', label);
        return item;
      }),
    );
    pending = { mine, theirs: read.progress };
    importDialog.showModal();
  };
  importDialog.addEventListener('close', () => {
    const asked = pending;
    pending = null;
    if (!asked || importDialog.returnValue !== 'import') return say(asked ? 'Nothing was imported.' : '');
    const take = new Set([...importDialog.querySelectorAll<HTMLInputElement>('[data-conflict-list] input:checked')].map((box) => box.value));
    const merged = mergeProgress(asked.mine, asked.theirs, take);
    const outcome = writeProgress(asked.mine, merged);
    render();
    if (!outcome.saved) return fail(`Not everything could be imported: ${outcome.message}`);
    say(`Imported. ${document.querySelector('[data-progress-summary]')!.textContent}`);
  });

  const resetDialog = page.querySelector<HTMLDialogElement>('[data-confirm-reset-progress]')!;
  page.querySelector('[data-action="reset-progress"]')!.addEventListener('click', () => resetDialog.showModal());
  resetDialog.addEventListener('close', () => {
    if (resetDialog.returnValue !== 'reset') return;
    resetProgress();
    render();
    say('Your progress is reset: every exercise starts again from its starter files.');
  });

  addEventListener('storage', render);
  render();
}
