/** Long code in a table cell may break after its punctuation, so the production checklist's table fits a 1280 px window. */
import { describe, expect, it } from 'vitest';
import { breakablePieces, rehypeTableCodeBreaks } from '../../src/chapters/table-code-breaks';

describe('the places code in a table may break', () => {
  it.each([
    ['DEBUG', ['DEBUG']],
    ['DJANGO_CSRF_TRUSTED_ORIGINS', ['DJANGO_', 'CSRF_', 'TRUSTED_', 'ORIGINS']],
    ['mysite.example.com,www.mysite.example.com', ['mysite.', 'example.', 'com,', 'www.', 'mysite.', 'example.', 'com']],
    ['redis://:password@192.168.1.121:6379/0', ['redis://:', 'password@', '192.', '168.', '1.', '121:', '6379/', '0']],
    ['__init__.py', ['__init__.', 'py']],
    ['a.', ['a.']],
  ])('%s breaks as %j', (text, pieces) => {
    expect(breakablePieces(text)).toEqual(pieces);
    expect(pieces.join('')).toBe(text);
  });
});

describe('the plugin', () => {
  const text = (value: string) => ({ type: 'text', value });
  const el = (tagName: string, ...children: object[]) => ({ type: 'element', tagName, properties: {}, children });

  it('adds <wbr> inside code in table cells only', () => {
    const tree = el('root', el('table', el('tr', el('td', el('code', text('a.b'))))), el('p', el('code', text('c.d'))));
    rehypeTableCodeBreaks()(tree as Parameters<ReturnType<typeof rehypeTableCodeBreaks>>[0]);
    expect(tree).toEqual(
      el('root', el('table', el('tr', el('td', el('code', text('a.'), el('wbr'), text('b'))))), el('p', el('code', text('c.d')))),
    );
  });
});
