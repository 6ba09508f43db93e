/**
 * The same exercise open in two tabs: what this tab does when the other one saves. Every edit is
 * saved at once, so a tab whose text is still what it last saved (or took over) has nothing the
 * other tab's save can lose, and takes the other tab's work; a tab holding changes that are not
 * saved anywhere (its own save failed) keeps them, and the reader chooses.
 */
import type { ProjectFiles } from '../engine/protocol';

export type OtherTabSaved =
  /** The other tab saved what this one shows. */
  | 'same'
  /** Show the other tab's work here: nothing of this tab's is lost. */
  | 'take'
  /** This tab holds changes saved nowhere: keep them, and tell the reader. */
  | 'keep';

export function whenOtherTabSaves(shown: ProjectFiles, lastSaved: ProjectFiles, theirs: ProjectFiles): OtherTabSaved {
  if (sameFiles(shown, theirs)) return 'same';
  return sameFiles(shown, lastSaved) ? 'take' : 'keep';
}

/** The same files with the same text; a file missing on one side counts as different. */
export function sameFiles(a: ProjectFiles, b: ProjectFiles): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((path) => b[path] === a[path]);
}
