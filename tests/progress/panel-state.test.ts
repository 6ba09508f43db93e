/**
 * The request panel's inputs as kept with the reader's work and carried in a progress file: read
 * back as they were, and anything else refused (the panel then starts from the exercise's request).
 * If this broke, a reload or an import would lose what the reader had typed, or load garbage.
 */
import { describe, expect, it } from 'vitest';
import { readPanelState, type PanelState } from '../../src/progress/panel-state';

const kept: PanelState = { method: 'POST', url: 'https://shop.example.com/', headers: [{ name: 'Host', value: 'a' }], body: 'x=1', jar: { sessionid: 's' }, jarAfter: { sessionid: 't' } };

describe('the inputs as stored with the reader’s work', () => {
  it('come back as they were', () => {
    expect(readPanelState(JSON.parse(JSON.stringify(kept)))).toEqual(kept);
  });

  it.each<[string, unknown]>([
    ['nothing', null],
    ['a string', 'GET /'],
    ['no URL', { ...kept, url: 3 }],
    ['a header that is not a row', { ...kept, headers: ['Host: a'] }],
    ['a cookie that is not text', { ...kept, jar: { a: 1 } }],
  ])('are not read from %s', (_what, value) => {
    expect(readPanelState(value)).toBeNull();
  });
});
