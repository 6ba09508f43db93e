/**
 * What the request panel keeps with the reader's work (src/playground/request-panel.ts): the
 * request as typed and the cookies, and how a stored record is read back, by the panel on a
 * reload and by a progress file's import (transfer.ts).
 */

export interface HeaderRow {
  name: string;
  value: string;
}

/** What the reader has typed into the panel, and the browser's cookies for the site. */
export interface PanelState {
  method: string;
  url: string;
  headers: HeaderRow[];
  body: string;
  /** The cookies the last request was sent with: re-sent after an edit, the request is the same one. */
  jar: Record<string, string>;
  /** The cookies after the last answer: what the next "Send" starts from, as a browser's would. */
  jarAfter: Record<string, string>;
}

function stringRecord(value: unknown): Record<string, string> | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const entries = Object.entries(value);
  return entries.every(([, v]) => typeof v === 'string') ? (Object.fromEntries(entries) as Record<string, string>) : null;
}

/** The stored inputs, read back; null when the record is not the panel's (then the exercise's start is used). */
export function readPanelState(value: unknown): PanelState | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.method !== 'string' || typeof v.url !== 'string' || typeof v.body !== 'string' || !Array.isArray(v.headers)) return null;
  const headers: HeaderRow[] = [];
  for (const row of v.headers as unknown[]) {
    if (typeof row !== 'object' || row === null) return null;
    const { name, value: text } = row as Record<string, unknown>;
    if (typeof name !== 'string' || typeof text !== 'string') return null;
    headers.push({ name, value: text });
  }
  const jar = stringRecord(v.jar ?? {});
  const jarAfter = stringRecord(v.jarAfter ?? v.jar ?? {});
  if (!jar || !jarAfter) return null;
  return { method: v.method, url: v.url, headers, body: v.body, jar, jarAfter };
}
