/**
 * The URL tester's inputs, read as Django calls: what a reader types in "Path" and "reverse()"
 * becomes resolve(path) and reverse(name, args=..., kwargs=...), and the call is shown back as
 * Python. If this broke, the tester would answer a question the reader did not ask.
 */
import { describe, expect, it } from 'vitest';
import type { ReverseCall } from '../../src/engine/protocol';
import { parseReverse, reverseAsPython, typedUrl, unroutedText, urlCalls, type TypedUrl } from '../../src/playground/url-calls';

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

  // The chapter: "the domain and the query string play no part in routing".
  it.each<[string, TypedUrl]>([
    ['/blog/2024/', { path: '/blog/2024/', origin: null, query: null, fragment: null }],
    ['/blog/2024/?page=2', { path: '/blog/2024/', origin: null, query: '?page=2', fragment: null }],
    ['/blog/2024/?', { path: '/blog/2024/', origin: null, query: '?', fragment: null }],
    ['/blog/?q=a?b#top', { path: '/blog/', origin: null, query: '?q=a?b', fragment: '#top' }],
    ['/blog/#x?y', { path: '/blog/', origin: null, query: null, fragment: '#x?y' }],
    ['https://example.com/blog/2024/?page=2', { path: '/blog/2024/', origin: 'https://example.com', query: '?page=2', fragment: null }],
    ['http://localhost:8000', { path: '/', origin: 'http://localhost:8000', query: null, fragment: null }],
    ['?page=2', { path: '/', origin: null, query: '?page=2', fragment: null }],
  ])('%j is routed by its path only', (text, url) => {
    expect(typedUrl(text)).toEqual(url);
    expect(urlCalls(text, '').resolve).toEqual([url.path]);
  });

  it.each([
    ['/blog/2024/', null],
    ['/blog/2024/?page=2', 'Only the path /blog/2024/ is routed: the query string ?page=2 plays no part (the view reads it from request.GET).'],
    [
      'https://example.com/blog/#top',
      'Only the path /blog/ is routed: the scheme and host https://example.com choose the server, not the view; the fragment #top never reaches the server.',
    ],
  ])('says of %j what resolve() never sees: %j', (text, said) => {
    expect(unroutedText(typedUrl(text))).toBe(said);
  });

  it('asks no reverse() while its input is empty, and one when it names a URL', () => {
    expect(urlCalls('/', '').reverse).toEqual([]);
    expect(urlCalls('/', 'home').reverse).toEqual([{ viewname: 'home' }]);
  });
});
