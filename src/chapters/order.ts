/** The chapters in reading order (the sidebar's), for the home page's outline and each exercise's "next chapter" link. */
interface ChapterEntry {
  id: string;
  data: { title: string; sidebar: { order?: number | undefined; hidden?: boolean | undefined } };
}

/**
 * The chapters, in sidebar order, then by title. The home page is left out, and so are the pages
 * that are no chapter (the progress page, the teacher's guide): they are hidden from the
 * chapters' part of the sidebar, and listed in a group of their own.
 */
export function inReadingOrder<T extends ChapterEntry>(entries: T[]): T[] {
  const order = (entry: T) => entry.data.sidebar.order ?? Number.MAX_SAFE_INTEGER;
  return entries.filter((entry) => entry.id !== 'index' && !entry.data.sidebar.hidden).sort((a, b) => order(a) - order(b) || a.data.title.localeCompare(b.data.title));
}

/** The chapter after this one; null for the last (or an unknown one). */
export function chapterAfter<T extends ChapterEntry>(entries: T[], id: string): T | null {
  const chapters = inReadingOrder(entries);
  const index = chapters.findIndex((entry) => entry.id === id);
  return index === -1 ? null : chapters[index + 1] ?? null;
}
