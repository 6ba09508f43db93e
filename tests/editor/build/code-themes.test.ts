/**
 * The editor's two themes are Starlight's code-block themes with the same contrast adjustment:
 * if it broke, code in the editor would be fainter than the same code in the chapter's blocks,
 * below the contrast a reader with low vision needs.
 */
import { getColorContrastOnBackground } from '@expressive-code/core';
import githubDark from 'shiki/themes/github-dark.mjs';
import githubLight from 'shiki/themes/github-light.mjs';
import { describe, expect, it } from 'vitest';
import { MIN_CONTRAST, withReadableTokens } from '../../../src/editor/build/code-themes';

type Theme = Parameters<typeof withReadableTokens>[0];

describe("the editor's code themes", () => {
  it.each([
    ['github-light', githubLight as Theme],
    ['github-dark', githubDark as Theme],
  ])('%s: every token colour reads at 5.5:1 or more on the background', (_name, theme) => {
    const readable = withReadableTokens(theme);
    const background = readable.colors!['editor.background']!;
    const colours = [readable.colors!['editor.foreground'], ...(readable.tokenColors ?? []).map((rule) => rule.settings?.foreground)].filter(
      (colour): colour is string => typeof colour === 'string' && colour.startsWith('#'),
    );
    expect(colours.length).toBeGreaterThan(10);
    const faint = colours.filter((colour) => getColorContrastOnBackground(colour, background) < MIN_CONTRAST - 0.05);
    expect(faint).toEqual([]);
  });

  it('changes only colours: every rule of the theme is still there, with its scopes', () => {
    const readable = withReadableTokens(githubDark as Theme);
    expect(readable.tokenColors?.map((rule) => rule.scope)).toEqual((githubDark as Theme).tokenColors?.map((rule) => rule.scope));
  });
});
