/** What the reader is told about their code in this browser (WorkNotice.astro): brought back, not saved, changed elsewhere, unreadable. */
import type { RestoredWork, SaveOutcome, UnreadableWork } from '../progress/store';

/** The line under the editor once saved work is back; null when there was none. */
export function restoredText(restored: RestoredWork, locale?: string, timeZone?: string): string | null {
  if (restored.unreadable || restored.savedAt === null) return null;
  return `Your code from ${new Date(restored.savedAt).toLocaleString(locale, { timeZone })} is back.`;
}

export function unreadableText(unreadable: UnreadableWork, recoveredFiles: number): string {
  const shown = recoveredFiles > 0 ? 'the files that could be read are back, the starter files stand for the others' : 'the starter files are shown instead';
  const kept = unreadable.keptAs
    ? `What was stored is kept in this browser, under the key ${unreadable.keptAs}, and nothing is written over it.`
    : 'It could not even be copied aside, so it is left as it was and this page will not save over it: copy your code somewhere safe before you leave.';
  return `Your saved code for this exercise could not be read (${unreadable.problem}), so ${shown}. ${kept}`;
}

export const OTHER_TAB_TAKEN = 'You changed this exercise in another tab: its code is shown here too. Ctrl+Z in the editor brings back what was here.';
export const OTHER_TAB_KEPT =
  'You changed this exercise in another tab, but the code here is not saved anywhere, so this tab keeps it.';

export class WorkNotice {
  private readonly line: HTMLElement;

  constructor(private readonly host: HTMLElement) {
    this.line = host.querySelector<HTMLElement>('[data-saved]')!;
  }

  restored(restored: RestoredWork): void {
    const text = restoredText(restored);
    if (text) this.line.textContent = text;
    if (!restored.unreadable) return;
    const box = this.host.querySelector<HTMLElement>('[data-recovered]')!;
    box.querySelector('[data-recovered-text]')!.textContent = unreadableText(restored.unreadable, Object.keys(restored.files).length);
    box.querySelector('[data-recovered-record]')!.textContent = restored.unreadable.text;
    box.hidden = false;
  }

  /** After each save: a problem is told once, and its end too. */
  saved(outcome: SaveOutcome): void {
    if (outcome.saved) {
      if (this.line.dataset.problem) {
        delete this.line.dataset.problem;
        this.line.textContent = 'Saved in this browser again.';
      }
    } else if (this.line.dataset.problem !== outcome.reason) {
      delete this.line.dataset.otherTab;
      this.line.dataset.problem = outcome.reason;
      this.line.textContent = `${outcome.message} Copy your code somewhere safe before you leave this page.`;
    }
  }

  /** Another tab saved this exercise: say what this tab did; `take` offers the other tab's code when this one kept its own. */
  otherTab(text: string, take?: () => void): void {
    if (this.line.dataset.problem && !take) delete this.line.dataset.problem;
    this.line.dataset.otherTab = 'true';
    this.line.replaceChildren(text);
    if (take) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = 'Show the other tab’s code';
      button.addEventListener('click', () => {
        button.remove();
        take();
      });
      this.line.append(' ', button);
    }
  }
}
