/**
 * Share links: the reader's files of one exercise, compressed (deflate-raw) and base64url-encoded
 * into the URL's fragment (`#share=1.<data>`), so the code travels in the link itself and no
 * server ever sees it: browsers do not send the fragment. Opening such a link shows that code
 * read-only (src/playground/share-view.ts).
 *
 * Everything here is pure (no DOM; CompressionStream is in Chromium and in Node), and every way
 * a link can be wrong has a message a reader can act on: not for this course's version, cut
 * short or edited (corrupt), too large, for an exercise that does not exist or is elsewhere, or
 * holding files the exercise does not have.
 */
import type { ProjectFiles } from '../engine/protocol';

/** The format of what a link holds. A link names its version, so a later format can still say what it got. */
export const SHARE_VERSION = 1;
const KEY = 'share=';

export const SHARE_LIMITS = {
  /** The encoded part of a link, in characters: mail and chat programs cut longer URLs. */
  linkChars: 16_000,
  /** The files' text, in UTF-8 bytes, as the link decompresses (so a small link cannot unfold into gigabytes). */
  textBytes: 200_000,
  /** Files in one link (exercises show a handful of tabs). */
  files: 32,
} as const;

export interface SharedCode {
  /** The exercise's id, "<chapter>/<name>". */
  exercise: string;
  /** The exercise's tabs, as the sharer had them. */
  files: ProjectFiles;
}

type ShareProblem = 'version' | 'corrupt' | 'too-large';

type OpenedLink = { ok: true; shared: SharedCode } | { ok: false; problem: ShareProblem; message: string };

type MadeLink = { ok: true; fragment: string; chars: number } | { ok: false; message: string };

const kilobytes = (n: number) => `${Math.ceil(n / 1000)} KB`;

function utf8Length(files: ProjectFiles): number {
  const encoder = new TextEncoder();
  return Object.entries(files).reduce((sum, [path, text]) => sum + encoder.encode(path).length + encoder.encode(text).length, 0);
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

async function deflate(text: string): Promise<Uint8Array> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The inflated text, or null when the bytes are not deflate data, or 'too-large' past `limit` bytes (reading stops there). */
async function inflate(bytes: Uint8Array, limit: number): Promise<string | null | 'too-large'> {
  const reader = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > limit) {
        await reader.cancel().catch(() => {});
        return 'too-large';
      }
      parts.push(value);
    }
  } catch {
    return null;
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(all);
  } catch {
    return null;
  }
}

/** The fragment (without `#`) of a link to this code, or why there cannot be one. */
export async function makeShareLink(shared: SharedCode): Promise<MadeLink> {
  const size = utf8Length(shared.files);
  if (size > SHARE_LIMITS.textBytes) {
    return { ok: false, message: `Your files are too large for a link (${kilobytes(size)} of text; a link holds at most ${kilobytes(SHARE_LIMITS.textBytes)}). Download them instead.` };
  }
  const data = toBase64Url(await deflate(JSON.stringify({ v: SHARE_VERSION, exercise: shared.exercise, files: shared.files })));
  if (data.length > SHARE_LIMITS.linkChars) {
    return {
      ok: false,
      message: `Your files do not fit in a link (${data.length} characters compressed; a link holds at most ${SHARE_LIMITS.linkChars}). Download them instead.`,
    };
  }
  const fragment = `${KEY}${SHARE_VERSION}.${data}`;
  return { ok: true, fragment, chars: fragment.length };
}

/** Whether a URL's fragment is a share link (`#share=...`), well formed or not. */
export function isShareFragment(hash: string): boolean {
  return hash.replace(/^#/, '').startsWith(KEY);
}

const CORRUPT = 'This share link is damaged: part of it is missing or was changed (links are sometimes cut when copied from a message). Ask for the link again.';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function versionProblem(version: number): OpenedLink {
  return version < SHARE_VERSION
    ? { ok: false, problem: 'version', message: `This share link was made by an older version of the course (link format ${version}), which this version no longer reads. Ask for a new link.` }
    : { ok: false, problem: 'version', message: `This share link was made by a newer version of the course (link format ${version}; this page reads format ${SHARE_VERSION}). Reload the page to get the newest version.` };
}

/** What a `#share=...` fragment holds; null when the fragment is not a share link at all. */
export async function openShareLink(hash: string): Promise<OpenedLink | null> {
  const fragment = hash.replace(/^#/, '');
  if (!fragment.startsWith(KEY)) return null;
  const body = fragment.slice(KEY.length);
  const match = /^(\d{1,6})\.(.*)$/s.exec(body);
  if (!match) return { ok: false, problem: 'corrupt', message: CORRUPT };
  const version = Number(match[1]);
  if (version !== SHARE_VERSION) return versionProblem(version);
  const data = match[2]!;
  if (data.length > SHARE_LIMITS.linkChars) {
    return { ok: false, problem: 'too-large', message: `This share link is too large to open (${data.length} characters; at most ${SHARE_LIMITS.linkChars}).` };
  }
  const bytes = fromBase64Url(data);
  if (!bytes || bytes.length === 0) return { ok: false, problem: 'corrupt', message: CORRUPT };
  const text = await inflate(bytes, SHARE_LIMITS.textBytes + 1000);
  if (text === 'too-large') {
    return { ok: false, problem: 'too-large', message: `This share link unpacks to more than ${kilobytes(SHARE_LIMITS.textBytes)} of text, more than any exercise holds, so it is not opened.` };
  }
  if (text === null) return { ok: false, problem: 'corrupt', message: CORRUPT };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'corrupt', message: CORRUPT };
  }
  if (!isRecord(value)) return { ok: false, problem: 'corrupt', message: CORRUPT };
  if (value.v !== SHARE_VERSION) return typeof value.v === 'number' && Number.isSafeInteger(value.v) ? versionProblem(value.v) : { ok: false, problem: 'corrupt', message: CORRUPT };
  const { exercise, files } = value;
  if (typeof exercise !== 'string' || !/^[a-z0-9-]+\/[a-z0-9-]+$/.test(exercise) || !isRecord(files)) return { ok: false, problem: 'corrupt', message: CORRUPT };
  const entries = Object.entries(files);
  if (entries.length > SHARE_LIMITS.files) {
    return { ok: false, problem: 'too-large', message: `This share link holds ${entries.length} files; a link holds at most ${SHARE_LIMITS.files}.` };
  }
  if (entries.some(([, content]) => typeof content !== 'string')) return { ok: false, problem: 'corrupt', message: CORRUPT };
  return { ok: true, shared: { exercise, files: files as ProjectFiles } };
}
