/**
 * Ticks for finished chapters, in the sidebar and the home page's outline: a chapter is
 * finished when every exercise in it is. Runs on every page; small on purpose.
 */
import { completedExercises } from './store';

/** The chapters and their exercises, written into the page at build time. */
function chapterExercises(): Record<string, string[]> {
  const data = document.getElementById('chapter-exercises')?.textContent;
  return data ? (JSON.parse(data) as Record<string, string[]>) : {};
}

export function markFinishedChapters(): void {
  const done = completedExercises();
  for (const [chapter, exercises] of Object.entries(chapterExercises())) {
    const finished = exercises.length > 0 && exercises.every((id) => done[id]);
    for (const link of document.querySelectorAll<HTMLAnchorElement>(`a[href$="/${chapter}/"]`)) {
      if (!link.closest('nav[aria-label="Main"], .course-outline')) continue;
      link.classList.toggle('chapter-finished', finished);
      let note = link.querySelector('.chapter-finished-note');
      if (finished && !note) {
        note = document.createElement('span');
        note.className = 'chapter-finished-note';
        note.textContent = ' ✓ exercises done';
        // In the outline, beside the title: appended to the link, it would push the time label to another line.
        (link.querySelector('.title') ?? link).append(note);
      } else if (!finished) {
        note?.remove();
      }
    }
  }
}
