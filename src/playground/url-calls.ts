/**
 * What the URL tester's two inputs ask of Django: resolve() of the path typed, and reverse() of
 * a name with its arguments, written as the reader types them ("blog:post 2024 slug=hello").
 */
import type { ExerciseRequest, ReverseCall } from '../engine/protocol';

export type UrlCalls = Pick<ExerciseRequest, 'resolve' | 'reverse'>;

/** What the reader typed in "Path", as Django reads a request's URL: the path is routed, the rest plays no part. */
export interface TypedUrl {
  path: string;
  /** "https://example.com": the scheme and host, which pick the server, not the view. */
  origin: string | null;
  /** "?page=2": the query string, request.GET to the view. */
  query: string | null;
  /** "#comments": the fragment, which the browser never sends. */
  fragment: string | null;
}

export function typedUrl(text: string): TypedUrl {
  let rest = text.trim();
  const origin = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(rest)?.[0] ?? null;
  if (origin) rest = rest.slice(origin.length);
  const hash = rest.indexOf('#');
  const fragment = hash === -1 ? null : rest.slice(hash);
  if (hash !== -1) rest = rest.slice(0, hash);
  const mark = rest.indexOf('?');
  const query = mark === -1 ? null : rest.slice(mark);
  if (mark !== -1) rest = rest.slice(0, mark);
  return { path: rest.startsWith('/') ? rest : `/${rest}`, origin, query, fragment };
}

/** What the tester says of the parts of a typed URL that resolve() never sees; null when the reader typed a path only. */
export function unroutedText(url: TypedUrl): string | null {
  const parts = [
    url.origin && `the scheme and host ${url.origin} choose the server, not the view`,
    url.query && `the query string ${url.query} plays no part (the view reads it from request.GET)`,
    url.fragment && `the fragment ${url.fragment} never reaches the server`,
  ].filter(Boolean);
  if (parts.length === 0) return null;
  return `Only the path ${url.path} is routed: ${parts.join('; ')}.`;
}

export function urlCalls(pathText: string, reverseText: string): UrlCalls {
  const call = parseReverse(reverseText);
  return { resolve: [typedUrl(pathText).path], reverse: call ? [call] : [] };
}

/** "blog:post year=2024 slug=hello" → reverse("blog:post", kwargs={"year": 2024, "slug": "hello"}). */
export function parseReverse(text: string): ReverseCall | null {
  const [viewname, ...rest] = text.trim().split(/\s+/);
  if (!viewname) return null;
  const value = (raw: string): string | number => (/^-?\d+$/.test(raw) && Number.isSafeInteger(Number(raw)) ? Number(raw) : raw);
  const args = rest.filter((token) => !token.includes('=')).map(value);
  const kwargs = Object.fromEntries(
    rest.filter((token) => token.includes('=')).map((token) => [token.slice(0, token.indexOf('=')), value(token.slice(token.indexOf('=') + 1))]),
  );
  const call: ReverseCall = { viewname };
  if (args.length) call.args = args;
  if (Object.keys(kwargs).length) call.kwargs = kwargs;
  return call;
}

/** The call as Python reads it, shown beside its answer. */
export function reverseAsPython(call: ReverseCall): string {
  const py = (v: unknown) => (typeof v === 'number' ? String(v) : JSON.stringify(v));
  const parts = [JSON.stringify(call.viewname)];
  if (call.args) parts.push(`args=[${call.args.map(py).join(', ')}]`);
  if (call.kwargs) parts.push(`kwargs={${Object.entries(call.kwargs).map(([k, v]) => `${JSON.stringify(k)}: ${py(v)}`).join(', ')}}`);
  return `reverse(${parts.join(', ')})`;
}
