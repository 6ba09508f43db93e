/**
 * What the URL tester's two inputs ask of Django: resolve() of the path typed, and reverse() of
 * a name with its arguments, written as the reader types them ("blog:post 2024 slug=hello").
 */
import type { ExerciseRequest, ReverseCall } from '../engine/protocol';

export type UrlCalls = Pick<ExerciseRequest, 'resolve' | 'reverse'>;

export function urlCalls(pathText: string, reverseText: string): UrlCalls {
  const path = pathText.trim();
  const call = parseReverse(reverseText);
  return { resolve: [path.startsWith('/') ? path : `/${path}`], reverse: call ? [call] : [] };
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
