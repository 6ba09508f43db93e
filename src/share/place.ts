/**
 * Where the code of a share link goes: into a playground of this page, to another chapter (the
 * link was opened on the wrong page), or nowhere (an exercise or files this course does not
 * have, as from another version of it). Pure: the page hands in what it knows.
 */
import type { ProjectFiles } from '../engine/protocol';
import type { SharedCode } from './link';

/** What of an exercise on this page a link is checked against. */
interface ShareTarget {
  id: string;
  tabs: string[];
  starter: ProjectFiles;
}

type PlacedShare =
  /** Show these tabs (a tab the link leaves out keeps the starter's text) in this page's playground. */
  | { kind: 'here'; exercise: string; files: ProjectFiles }
  /** The exercise is in another chapter. */
  | { kind: 'elsewhere'; exercise: string; chapter: string; message: string }
  | { kind: 'refused'; message: string };

export function placeShare(shared: SharedCode, onThisPage: ShareTarget[], chapters: Record<string, string[]>): PlacedShare {
  const target = onThisPage.find((exercise) => exercise.id === shared.exercise);
  if (!target) {
    const chapter = Object.entries(chapters).find(([, ids]) => ids.includes(shared.exercise))?.[0];
    if (chapter) {
      return { kind: 'elsewhere', exercise: shared.exercise, chapter, message: `This share link holds code for the exercise ${shared.exercise}, which is in another chapter.` };
    }
    return {
      kind: 'refused',
      message: `This share link holds code for an exercise this course does not have (${shared.exercise}). It may come from another version of the course.`,
    };
  }
  const unknown = Object.keys(shared.files).filter((path) => !target.tabs.includes(path));
  if (unknown.length > 0) {
    const named = unknown.slice(0, 5).map((path) => JSON.stringify(path)).join(', ') + (unknown.length > 5 ? ` and ${unknown.length - 5} more` : '');
    return {
      kind: 'refused',
      message: `This share link holds ${unknown.length === 1 ? 'a file' : 'files'} the exercise ${target.id} does not have (${named}), so it is not opened. It may come from another version of the course.`,
    };
  }
  const files = Object.fromEntries(target.tabs.map((path) => [path, shared.files[path] ?? target.starter[path] ?? '']));
  return { kind: 'here', exercise: target.id, files };
}
