/**
 * A submission as the grader reads it: a folder (a git checkout is one: .git is skipped) or a
 * .zip, read into memory with limits, checked to hold the exercise's files. The reader's files
 * never leave memory: nothing is extracted, nothing written. Whatever is wrong with one becomes a
 * SubmissionError with a message for the teacher; the batch goes on.
 */
import { lstatSync, readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { RequestFiles } from '../engine/protocol';
import { megabytes, readZip, ZipError, type ZipLimits } from './zip';

export class SubmissionError extends Error {
  constructor(
    readonly kind: 'unreadable' | 'not-a-project',
    message: string,
  ) {
    super(message);
  }
}

export const LIMITS: ZipLimits = { maxEntries: 2000, maxFileBytes: 2 * 2 ** 20, maxTotalBytes: 20 * 2 ** 20 };

/** Folders that are never part of the project (version control, caches, CI). */
const SKIPPED_FOLDERS = new Set(['.git', '.github', '__pycache__', 'node_modules', '.venv', '.mypy_cache', '.pytest_cache']);
const UTF8 = new TextDecoder('utf-8', { fatal: true });

function text(bytes: Uint8Array): string | { base64: string } {
  try {
    return UTF8.decode(bytes);
  } catch {
    return { base64: Buffer.from(bytes).toString('base64') }; // read by Python as the bytes they are
  }
}

function readFolder(root: string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  let total = 0;
  const walk = (folder: string, prefix: string) => {
    for (const raw of readdirSync(folder, { encoding: 'buffer' }).sort(Buffer.compare)) {
      let name: string;
      try {
        name = UTF8.decode(raw);
      } catch {
        throw new SubmissionError('unreadable', `the name ${JSON.stringify(prefix + raw.toString('latin1'))} is not UTF-8; rename it`);
      }
      const full = join(folder, name);
      const path = prefix + name;
      const stats: Stats = lstatSync(full);
      if (stats.isSymbolicLink()) throw new SubmissionError('unreadable', `${path} is a symbolic link; a submission holds only files and folders`);
      if (stats.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(name)) walk(full, `${path}/`);
        continue;
      }
      if (!stats.isFile()) throw new SubmissionError('unreadable', `${path} is not a regular file`);
      if (stats.size > LIMITS.maxFileBytes) throw new SubmissionError('unreadable', `${path} is ${megabytes(stats.size)}; a file may be at most ${megabytes(LIMITS.maxFileBytes)}`);
      total += stats.size;
      if (total > LIMITS.maxTotalBytes) throw new SubmissionError('unreadable', `its files come to more than ${megabytes(LIMITS.maxTotalBytes)}`);
      if (files.size >= LIMITS.maxEntries) throw new SubmissionError('unreadable', `it holds more than ${LIMITS.maxEntries} files`);
      files.set(path, readFileSync(full));
    }
  };
  walk(root, '');
  return files;
}

function readZipFile(path: string): Map<string, Uint8Array> {
  const size = statSync(path).size;
  if (size > LIMITS.maxTotalBytes) throw new SubmissionError('unreadable', `the zip is ${megabytes(size)}; at most ${megabytes(LIMITS.maxTotalBytes)} is read`);
  try {
    const entries = readZip(readFileSync(path), LIMITS);
    return new Map(entries.filter((e) => !e.path.split('/').some((part) => SKIPPED_FOLDERS.has(part))).map((e) => [e.path, e.bytes]));
  } catch (error) {
    if (error instanceof ZipError) throw new SubmissionError('unreadable', `the zip cannot be read: ${error.message}`);
    throw error;
  }
}

/**
 * The project inside what was read: at its top, or inside its one top-level folder (a zip of
 * a folder, GitHub's "Download ZIP").
 */
function projectRoot(files: Map<string, Uint8Array>, required: readonly string[]): Map<string, Uint8Array> {
  if (required.some((path) => files.has(path))) return files;
  const tops = new Set([...files.keys()].map((path) => (path.includes('/') ? path.slice(0, path.indexOf('/') + 1) : '')));
  if (tops.size !== 1 || tops.has('')) return files;
  const [top] = tops;
  return new Map([...files].map(([path, bytes]) => [path.slice(top!.length), bytes]));
}

interface Submission {
  files: RequestFiles;
  /** Files of the exercise the submission does not hold, taken from its starter. */
  fromStarter: string[];
}

/**
 * Read `path` (a folder or a .zip) as a submission of an exercise whose reader edits `required`
 * and whose starter project is `starter`.
 */
export function readSubmission(path: string, required: readonly string[], starter: Record<string, string>): Submission {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch {
    throw new SubmissionError('unreadable', 'there is no such file or folder');
  }
  let read: Map<string, Uint8Array>;
  try {
    read = stats.isDirectory() ? readFolder(path) : readZipFile(path);
  } catch (error) {
    if (error instanceof SubmissionError) throw error;
    throw new SubmissionError('unreadable', `it cannot be read: ${(error as Error).message}`);
  }
  if (read.size === 0) throw new SubmissionError('not-a-project', stats.isDirectory() ? 'the folder is empty' : 'the zip holds no files');
  const found = projectRoot(read, required);
  const missing = required.filter((file) => !found.has(file));
  if (missing.length) {
    throw new SubmissionError('not-a-project', `it is not a project of this exercise: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing (it should hold ${required.join(', ')})`);
  }
  const files: RequestFiles = {};
  for (const [file, bytes] of found) files[file] = text(bytes);
  const fromStarter = Object.keys(starter).filter((file) => !(file in files));
  for (const file of fromStarter) files[file] = starter[file]!;
  return { files, fromStarter };
}
