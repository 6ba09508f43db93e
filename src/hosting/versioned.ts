/** Folders (under the base) whose files are named by their content: hosts cache them for a year, and nothing needs to revalidate them. */
export const VERSIONED_FOLDERS = ['_astro/', 'pyodide/', 'pagefind/fragment/'];
