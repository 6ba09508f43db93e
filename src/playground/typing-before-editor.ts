/**
 * Typing before the editor is there: the static code a reader focuses becomes a plain text area
 * holding the same text (saved in this browser as they type), and the editor, once loaded,
 * takes its text and its caret. Without it, the keys typed while Monaco loads (a second or
 * more) went nowhere.
 */
import type { ProjectFiles } from '../engine/protocol';
import { loadWork, saveWork } from '../progress/store';

interface DraftExercise {
  id: string;
  tabs: string[];
  starter: ProjectFiles;
}

/** What was typed before the editor came: the file, its text, and the caret or selection (1-based lines and columns). */
interface Draft {
  path: string;
  text: string;
  selection: { line: number; col: number; endLine: number; endCol: number };
  focused: boolean;
}

/** The 1-based line and column of an offset in the text. */
export function positionOf(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, col: lines.at(-1)!.length + 1 };
}

/** The offset of column `column` (0-based) of line `lineIndex` (0-based), kept inside the text and the line. */
export function offsetOf(text: string, lineIndex: number, column: number): number {
  const lines = text.split('\n');
  const line = Math.max(0, Math.min(lineIndex, lines.length - 1));
  let offset = 0;
  for (let i = 0; i < line; i++) offset += lines[i]!.length + 1;
  return offset + Math.max(0, Math.min(column, lines[line]!.length));
}

/** Where in the file a click on the static code lands: its line (Expressive Code draws one element per line) and the column in it. */
function offsetAtPoint(view: HTMLElement, text: string, x: number, y: number): number {
  const caret = document.caretRangeFromPoint?.(x, y);
  if (!caret || !view.contains(caret.startContainer)) return 0;
  const code = view.querySelector('code');
  const line = caret.startContainer.parentElement?.closest('.ec-line');
  const upTo = document.createRange();
  if (line && code) {
    upTo.setStart(line, 0);
    upTo.setEnd(caret.startContainer, caret.startOffset);
    return offsetOf(text, [...code.querySelectorAll('.ec-line')].indexOf(line), upTo.toString().length);
  }
  // Saved work is shown as plain text (mount.ts): the offset is the text's own.
  if (!code) return 0;
  upTo.setStart(code, 0);
  upTo.setEnd(caret.startContainer, caret.startOffset);
  return upTo.toString().length;
}

const INDENT = '    ';

function becomeDraft(view: HTMLElement, exercise: DraftExercise, caret: number): void {
  const path = view.dataset.static!;
  const files = () => ({ ...Object.fromEntries(exercise.tabs.map((tab) => [tab, exercise.starter[tab] ?? ''])), ...loadWork(exercise).files });
  const area = document.createElement('textarea');
  area.className = 'pg-draft';
  area.dataset.draft = path;
  area.value = files()[path] ?? '';
  area.spellcheck = false;
  area.wrap = 'off';
  area.setAttribute('autocapitalize', 'off');
  area.setAttribute('autocomplete', 'off');
  area.setAttribute('aria-label', `${path} (the editor is loading; what you type is kept)`);
  area.style.height = `${Math.max(view.offsetHeight, 120)}px`;
  view.hidden = true;
  view.after(area);
  area.focus();
  area.setSelectionRange(caret, caret);
  area.addEventListener('input', () => saveWork(exercise.id, { ...files(), [path]: area.value }));
  // As in the editor: Tab indents; after Esc, Tab moves on.
  let released = false;
  area.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') released = true;
    else if (event.key === 'Tab' && !released && !event.shiftKey && !event.ctrlKey && !event.altKey && !event.metaKey) {
      event.preventDefault();
      area.setRangeText(INDENT, area.selectionStart, area.selectionEnd, 'end');
      area.dispatchEvent(new Event('input'));
    } else if (!['Shift', 'Control', 'Alt', 'Meta'].includes(event.key)) released = false;
  });
}

/**
 * How long the reader must leave the playgrounds alone before an editor's start may take the main
 * thread: Monaco's start is a few tasks of 100-300 ms each (and each playground's editor one more),
 * and a key pressed during one is shown, and answered, only after it.
 */
const QUIET_MS = 400;
/** When the reader last clicked, pressed a key or typed in a playground. */
let lastTouched = -Infinity;

/**
 * Resolves once the reader has not clicked, pressed a key or typed in any playground for
 * QUIET_MS, counted from now at the earliest: a reader who has just been shown the first
 * findings, or has just clicked, is about to type.
 */
export function whenReaderPauses(): Promise<void> {
  const asked = performance.now();
  return new Promise((resolve) => {
    const wait = () => {
      const quiet = performance.now() - Math.max(asked, lastTouched);
      if (quiet >= QUIET_MS) resolve();
      else setTimeout(wait, QUIET_MS - quiet);
    };
    wait();
  });
}

/** Whether the reader has left the playgrounds alone for QUIET_MS, as of now. */
export function readerIsQuiet(): boolean {
  return performance.now() - lastTouched >= QUIET_MS;
}

/** Let the reader type into a playground's static code at once (mount.ts calls it for each playground). */
export function typeBeforeEditor(host: HTMLElement, exercise: DraftExercise): void {
  // In an editor already there too: the next playground's editor would still hold its keys back.
  const touched = () => (lastTouched = performance.now());
  for (const type of ['pointerdown', 'keydown', 'input']) host.addEventListener(type, touched, { capture: true });
  for (const view of host.querySelectorAll<HTMLElement>('[data-static]')) {
    let caret = 0;
    view.addEventListener('pointerdown', (event) => {
      caret = offsetAtPoint(view, { ...exercise.starter, ...loadWork(exercise).files }[view.dataset.static!] ?? '', event.clientX, event.clientY);
    });
    // focusin, not focus: when saved work is shown as plain text its lines overflow, and Expressive
    // Code makes the scrolling <pre> inside focusable; a click focuses that, not the view.
    view.addEventListener('focusin', () => host.dataset.editor !== 'ready' && becomeDraft(view, exercise, caret), { once: true });
  }
}

/** What was typed before the editor came, if anything (the text area is left for the editor to replace). */
export function takeDraft(host: HTMLElement): Draft | null {
  const area = host.querySelector<HTMLTextAreaElement>('textarea[data-draft]');
  if (!area) return null;
  const start = positionOf(area.value, area.selectionStart);
  const end = positionOf(area.value, area.selectionEnd);
  return {
    path: area.dataset.draft!,
    text: area.value,
    selection: { line: start.line, col: start.col, endLine: end.line, endCol: end.col },
    focused: document.activeElement === area,
  };
}
