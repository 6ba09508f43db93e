/**
 * Share links, without a browser: what a reader sends is what the other reader opens, and every
 * link that cannot be opened (damaged, from another version, too large, a zip bomb, for the wrong
 * exercise or with files the exercise does not have) says why instead of showing something else.
 */
import { describe, expect, it } from 'vitest';
import { makeShareLink, openShareLink, SHARE_LIMITS, SHARE_VERSION, isShareFragment } from '../../src/share/link';
import { placeShare } from '../../src/share/place';

const settings = 'DEBUG = False\nALLOWED_HOSTS = ["shop.example.com"]\n# ünïcødé ✓ 🚀\n';
const shared = { exercise: 'deployment-settings/production-settings', files: { 'mysite/settings.py': settings } };

async function fragmentOf(value: unknown, version = SHARE_VERSION): Promise<string> {
  const stream = new Blob([JSON.stringify(value)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  return `share=${version}.${Buffer.from(bytes).toString('base64url')}`;
}

describe('a share link', () => {
  it('brings back exactly the files it was made from, unicode included', async () => {
    const made = await makeShareLink(shared);
    if (!made.ok) throw new Error(made.message);
    expect(made.fragment).toMatch(/^share=1\.[A-Za-z0-9_-]+$/);
    expect(isShareFragment(`#${made.fragment}`)).toBe(true);
    expect(await openShareLink(`#${made.fragment}`)).toEqual({ ok: true, shared });
  });

  it('is compressed: a typical settings file of 3 KB makes a link well under 2,000 characters', async () => {
    const big = Array.from({ length: 80 }, (_, i) => `SETTING_${i} = os.environ.get("SETTING_${i}", "default")`).join('\n');
    const made = await makeShareLink({ exercise: shared.exercise, files: { 'mysite/settings.py': big } });
    expect(made.ok && made.chars).toBeLessThan(2000);
    expect(big.length).toBeGreaterThan(3000);
  });

  it('is not made for files too large to travel in a URL, and says to download them', async () => {
    const huge = { exercise: shared.exercise, files: { 'mysite/settings.py': 'x'.repeat(SHARE_LIMITS.textBytes + 1) } };
    expect(await makeShareLink(huge)).toEqual({ ok: false, message: expect.stringContaining('too large for a link') });
    // Incompressible text under the text limit still overflows the link's length.
    let seed = 1;
    const noise = Array.from({ length: 40_000 }, () => String.fromCharCode(33 + ((seed = (seed * 48271) % 2147483647) % 90))).join('');
    expect(await makeShareLink({ exercise: shared.exercise, files: { 'mysite/settings.py': noise } })).toEqual({ ok: false, message: expect.stringContaining('do not fit in a link') });
  });

  it('is not a share link without #share=', async () => {
    expect(await openShareLink('')).toBeNull();
    expect(await openShareLink('#how-a-url-is-resolved')).toBeNull();
    expect(isShareFragment('#goals')).toBe(false);
  });

  it.each([
    ['no version', 'share=abc'],
    ['letters outside base64url', 'share=1.abc$%'],
    ['nothing after the version', 'share=1.'],
    ['bytes that are not deflate data', `share=1.${Buffer.from('not deflate at all, just text').toString('base64url')}`],
  ])('says a link with %s is damaged', async (_what, fragment) => {
    expect(await openShareLink(`#${fragment}`)).toEqual({ ok: false, problem: 'corrupt', message: expect.stringContaining('damaged') });
  });

  it('says a link cut short is damaged', async () => {
    const made = await makeShareLink(shared);
    if (!made.ok) throw new Error(made.message);
    const cut = made.fragment.slice(0, Math.floor(made.fragment.length * 0.6));
    expect(await openShareLink(`#${cut}`)).toMatchObject({ ok: false, problem: 'corrupt' });
  });

  it.each([
    ['JSON that is not an object', [1, 2]],
    ['no exercise', { v: 1, files: {} }],
    ['an exercise id that is not <chapter>/<name>', { v: 1, exercise: '../../etc', files: {} }],
    ['a file whose text is a number', { v: 1, exercise: shared.exercise, files: { 'mysite/settings.py': 42 } }],
  ])('says a link holding %s is damaged', async (_what, value) => {
    expect(await openShareLink(`#${await fragmentOf(value)}`)).toMatchObject({ ok: false, problem: 'corrupt' });
  });

  it('tells a link from an older or a newer version of the course apart, and opens neither', async () => {
    expect(await openShareLink(`#${await fragmentOf({ v: 0, ...shared }, 0)}`)).toEqual({ ok: false, problem: 'version', message: expect.stringContaining('older version') });
    expect(await openShareLink(`#${await fragmentOf({ v: 2, ...shared }, 2)}`)).toEqual({ ok: false, problem: 'version', message: expect.stringContaining('newer version') });
    // The version inside wins over a prefix edited by hand.
    expect(await openShareLink(`#${await fragmentOf({ v: 2, ...shared })}`)).toMatchObject({ ok: false, problem: 'version' });
  });

  it('refuses a link longer than a link can be, before unpacking it', async () => {
    expect(await openShareLink(`#share=1.${'A'.repeat(SHARE_LIMITS.linkChars + 1)}`)).toMatchObject({ ok: false, problem: 'too-large' });
  });

  it('stops unpacking a small link that would unfold into megabytes (a zip bomb)', async () => {
    const bomb = await fragmentOf({ v: 1, exercise: shared.exercise, files: { 'mysite/settings.py': 'a'.repeat(10_000_000) } });
    expect(bomb.length).toBeLessThan(SHARE_LIMITS.linkChars);
    expect(await openShareLink(`#${bomb}`)).toEqual({ ok: false, problem: 'too-large', message: expect.stringContaining('unpacks to more than') });
  });

  it('refuses more files than a link holds', async () => {
    const files = Object.fromEntries(Array.from({ length: SHARE_LIMITS.files + 1 }, (_, i) => [`f${i}.py`, '']));
    expect(await openShareLink(`#${await fragmentOf({ v: 1, exercise: shared.exercise, files })}`)).toMatchObject({ ok: false, problem: 'too-large' });
  });
});

describe('where a share link goes', () => {
  const here = [{ id: shared.exercise, tabs: ['mysite/settings.py', '.env'], starter: { 'mysite/settings.py': 'DEBUG = True\n', '.env': 'A=1\n' } }];
  const chapters = { 'deployment-settings': [shared.exercise], 'url-routing': ['url-routing/blog-urls'] };

  it('opens in the playground of its exercise, a tab it leaves out keeping the starter', () => {
    expect(placeShare(shared, here, chapters)).toEqual({ kind: 'here', exercise: shared.exercise, files: { 'mysite/settings.py': settings, '.env': 'A=1\n' } });
  });

  it('points to the chapter of an exercise that is not on this page', () => {
    expect(placeShare({ exercise: 'url-routing/blog-urls', files: {} }, here, chapters)).toMatchObject({ kind: 'elsewhere', chapter: 'url-routing' });
  });

  it('refuses an exercise the course does not have', () => {
    expect(placeShare({ exercise: 'url-routing/no-such-thing', files: {} }, here, chapters)).toEqual({ kind: 'refused', message: expect.stringContaining('does not have (url-routing/no-such-thing)') });
  });

  it('refuses files the exercise does not have, naming them', () => {
    const placed = placeShare({ exercise: shared.exercise, files: { 'mysite/settings.py': '', '../../.bashrc': 'rm -rf ~' } }, here, chapters);
    expect(placed).toEqual({ kind: 'refused', message: expect.stringContaining('"../../.bashrc"') });
  });
});
