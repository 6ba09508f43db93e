/** The reading order of the chapters: the home page's outline and the "next chapter" link after an exercise follow it. */
import { describe, expect, it } from 'vitest';
import { chapterAfter, inReadingOrder } from '../../src/chapters/order';

const chapter = (id: string, title: string, order?: number) => ({ id, data: { title, sidebar: { order } } });
const entries = [
  chapter('caching', 'Caching', 7),
  chapter('index', 'Django to Production', 0),
  chapter('url-routing', 'URL routing', 2),
  chapter('appendix-b', 'B appendix'),
  chapter('appendix-a', 'A appendix'),
  chapter('how-django-serves-a-request', 'How Django serves a request', 1),
];

describe('the reading order', () => {
  it('is the sidebar order, then by title for chapters without one, without the home page', () => {
    expect(inReadingOrder(entries).map((e) => e.id)).toEqual(['how-django-serves-a-request', 'url-routing', 'caching', 'appendix-a', 'appendix-b']);
  });

  it('leaves out the pages hidden from the chapters (the progress page, the teacher’s guide)', () => {
    const progress = { id: 'progress', data: { title: 'Your progress', sidebar: { hidden: true } } };
    expect(inReadingOrder([...entries, progress]).map((e) => e.id)).not.toContain('progress');
    expect(chapterAfter([...entries, progress], 'appendix-b')).toBeNull();
  });

  it.each([
    ['how-django-serves-a-request', 'url-routing'],
    ['caching', 'appendix-a'],
    ['appendix-b', null],
    ['no-such-chapter', null],
  ])('after %s comes %s', (id, next) => {
    expect(chapterAfter(entries, id)?.id ?? null).toBe(next);
  });
});
