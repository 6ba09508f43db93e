/**
 * What the collectstatic panel decides, without a page: the command line the reader typed, as
 * arguments; the engine request; and the STATIC_ROOT tree the answer describes, each file with
 * where it came from, the files it shadowed, and (with a manifest storage) its hashed copy.
 */
import type { CollectstaticAnswer, CollectstaticRequest, CollectstaticSource, ProjectFiles } from '../engine/protocol';

export interface PanelProject {
  files: ProjectFiles;
  settings_module: string;
  env?: Record<string, string>;
  installed?: string[];
}

/** The arguments of a command line (after `manage.py collectstatic`), or what is wrong with it. */
type ParsedArgs = { args: string[] } | { problem: string };

/**
 * Splits as a shell does for what collectstatic takes: words separated by blanks, '...' and
 * "..." quoting (for `-i '*.txt'`), a backslash escaping the next character outside single quotes.
 */
export function parseArgs(line: string): ParsedArgs {
  const args: string[] = [];
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === quote) quote = null;
      else if (c === '\\' && quote === '"' && i + 1 < line.length) word += line[++i];
      else word += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      inWord = true;
    } else if (c === '\\' && i + 1 < line.length) {
      word += line[++i];
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) args.push(word);
      word = '';
      inWord = false;
    } else {
      word += c;
      inWord = true;
    }
  }
  if (quote) return { problem: `A ${quote === '"' ? 'double' : 'single'} quote is not closed.` };
  if (inWord) args.push(word);
  const leading = args.slice(0, 3).join(' ');
  if (/^(python3? )?(\.\/)?manage\.py collectstatic\b/.test(leading) || leading.startsWith('collectstatic')) {
    return { problem: 'Type only what comes after "manage.py collectstatic", e.g. --noinput --clear.' };
  }
  return { args };
}

export function collectstaticRequest(project: PanelProject, args: string[]): CollectstaticRequest {
  return { op: 'collectstatic', files: project.files, settings_module: project.settings_module, env: project.env, installed: project.installed, args };
}

export interface TreeFile {
  kind: 'file';
  name: string;
  /** Relative to STATIC_ROOT. */
  path: string;
  /** Where this run collected it from; undefined for a file STATIC_ROOT held already (or one the storage wrote). */
  source?: string;
  finder?: string;
  /** Files with the same destination that an earlier one shadowed. */
  shadowed: CollectstaticSource[];
  /** A hashed copy: the name it stands for (from staticfiles.json). */
  hashedOf?: string;
  /** An original with a hashed copy: the copy's name. */
  hashedAs?: string;
}

export interface TreeFolder {
  kind: 'folder';
  name: string;
  path: string;
  children: TreeNode[];
  /** Files anywhere below. */
  count: number;
}

type TreeNode = TreeFile | TreeFolder;

/** STATIC_ROOT as a tree: folders first, then files, each by name. */
export function staticRootTree(answer: Pick<CollectstaticAnswer, 'copied' | 'sources' | 'manifest'>): TreeFolder {
  const kept = new Map<string, CollectstaticSource>();
  const hidden = new Map<string, CollectstaticSource[]>();
  for (const source of answer.sources) {
    if (source.kept) kept.set(source.path, source);
    else hidden.set(source.path, [...(hidden.get(source.path) ?? []), source]);
  }
  const hashedOf = new Map<string, string>();
  for (const [original, hashed] of Object.entries(answer.manifest?.paths ?? {})) hashedOf.set(hashed, original);
  const root: TreeFolder = { kind: 'folder', name: '', path: '', children: [], count: 0 };
  for (const path of answer.copied) {
    const parts = path.split('/');
    let folder = root;
    folder.count += 1;
    for (const [index, name] of parts.slice(0, -1).entries()) {
      let next = folder.children.find((child): child is TreeFolder => child.kind === 'folder' && child.name === name);
      if (!next) {
        next = { kind: 'folder', name, path: parts.slice(0, index + 1).join('/'), children: [], count: 0 };
        folder.children.push(next);
      }
      next.count += 1;
      folder = next;
    }
    const from = kept.get(path);
    const file: TreeFile = { kind: 'file', name: parts.at(-1)!, path, shadowed: hidden.get(path) ?? [] };
    if (from) {
      file.source = from.source;
      file.finder = from.finder;
    }
    const original = hashedOf.get(path);
    if (original !== undefined) file.hashedOf = original;
    const copy = answer.manifest?.paths[path];
    if (copy !== undefined && copy !== path) file.hashedAs = copy;
    folder.children.push(file);
  }
  sortTree(root);
  return root;
}

function sortTree(folder: TreeFolder): void {
  folder.children.sort((a, b) => (a.kind === b.kind ? (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) : a.kind === 'folder' ? -1 : 1));
  for (const child of folder.children) if (child.kind === 'folder') sortTree(child);
}

/** Folders with more files than this start closed (the admin's 130). */
export const OPEN_FOLDER_LIMIT = 12;

/** The files collected from nowhere this run listed: what STATIC_ROOT held before (kept without --clear). */
export function leftOver(answer: Pick<CollectstaticAnswer, 'copied' | 'sources' | 'manifest'>): string[] {
  const listed = new Set(answer.sources.map((source) => source.path));
  const written = new Set(Object.values(answer.manifest?.paths ?? {}));
  return answer.copied.filter((path) => !listed.has(path) && !written.has(path) && path !== 'staticfiles.json');
}

/** One line that says how the run ended. */
export function outcomeLine(answer: Pick<CollectstaticAnswer, 'error' | 'exit_code' | 'output'>): string {
  if (answer.error) return `collectstatic stopped: ${answer.error.type}: ${answer.error.message.split('\n')[0]}`;
  if (answer.exit_code !== 0) return `collectstatic exited with code ${answer.exit_code}.`;
  const summary = [...answer.output].reverse().find((line) => line.trim() !== '');
  return summary ?? 'collectstatic printed nothing (verbosity 0).';
}

/** What a source line says: "from blog/static/css/style.css (AppDirectoriesFinder)". */
export function sourceText(source: { source: string; finder: string }): string {
  return `${source.source} (${source.finder})`;
}
