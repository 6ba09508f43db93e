/**
 * The URL tester's inputs, read as Django calls: what a reader types in "Path" and "reverse()"
 * becomes resolve(path) and reverse(name, args=..., kwargs=...), and the call is shown back as
 * Python. If this broke, the tester would answer a question the reader did not ask.
 */
import { describe, expect, it } from 'vitest';
import type { ReverseCall } from '../../src/engine/protocol';
import { parseReverse, reverseAsPython, urlCalls } from '../../src/playground/url-calls';

describe('the reverse() input', () => {
  it.each<[string, string, ReverseCall | null]>([
    ['nothing', '', null],
    ['only spaces', '   \t ', null],
    ['a name', 'home', { viewname: 'home' }],
    ['a namespaced name', 'blog:post', { viewname: 'blog:post' }],
    ['positional arguments, numbers as int', 'blog:post 2024 hello', { viewname: 'blog:post', args: [2024, 'hello'] }],
    ['keyword arguments', 'blog:post year=2024 slug=hello', { viewname: 'blog:post', kwargs: { year: 2024, slug: 'hello' } }],
    ['a negative number', 'offset -3', { viewname: 'offset', args: [-3] }],
    ['a number too big for JavaScript, kept as its digits', 'big 12345678901234567890', { viewname: 'big', args: ['12345678901234567890'] }],
    ['what only looks like a number', 'v 1.5 1e3 +2', { viewname: 'v', args: ['1.5', '1e3', '+2'] }],
    ['a value with = in it', 'search q=a=b', { viewname: 'search', kwargs: { q: 'a=b' } }],
    ['an empty value', 'search q=', { viewname: 'search', kwargs: { q: '' } }],
    ['extra spaces around and between', '  blog:post   2024  ', { viewname: 'blog:post', args: [2024] }],
    // Django itself refuses both at once (ValueError): the tester passes them on, so the reader sees it.
    ['both kinds of arguments', 'post 2024 slug=hello', { viewname: 'post', args: [2024], kwargs: { slug: 'hello' } }],
  ])('reads %s', (_what, text, call) => {
    expect(parseReverse(text)).toEqual(call);
  });
});

describe('the call shown beside its answer', () => {
  it.each<[ReverseCall, string]>([
    [{ viewname: 'home' }, 'reverse("home")'],
    [{ viewname: 'year-archive', args: [2024] }, 'reverse("year-archive", args=[2024])'],
    [{ viewname: 'blog:post', kwargs: { year: 2024, slug: 'hello' } }, 'reverse("blog:post", kwargs={"year": 2024, "slug": "hello"})'],
    [{ viewname: 'post', args: [2024], kwargs: { slug: 'a "quoted" slug' } }, 'reverse("post", args=[2024], kwargs={"slug": "a \\"quoted\\" slug"})'],
  ])('%j reads as %s', (call, python) => {
    expect(reverseAsPython(call)).toBe(python);
  });
});

describe('the path input', () => {
  it.each([
    ['/blog/2024/', '/blog/2024/'],
    ['blog/2024/', '/blog/2024/'],
    ['  /blog/  ', '/blog/'],
    ['', '/'],
  ])('%j asks resolve(%j)', (text, path) => {
    expect(urlCalls(text, '').resolve).toEqual([path]);
  });

  it('asks no reverse() while its input is empty, and one when it names a URL', () => {
    expect(urlCalls('/', '').reverse).toEqual([]);
    expect(urlCalls('/', 'home').reverse).toEqual([{ viewname: 'home' }]);
  });
});
