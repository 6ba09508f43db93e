/**
 * The course's two code themes, one source for every piece of code on the site. Starlight's
 * code blocks (Expressive Code) render github-light/github-dark with each token colour raised to
 * a 5.5:1 contrast on the background; the editor gets the same themes with the same
 * adjustment, made here at build time with Expressive Code's own function, and reaches the
 * browser as `virtual:code-themes`.
 */
import { ensureColorContrastOnBackground } from '@expressive-code/core';
import githubDark from 'shiki/themes/github-dark.mjs';
import githubLight from 'shiki/themes/github-light.mjs';
import type { ThemeRegistration } from 'shiki';
import type { Plugin } from 'vite';

/** Expressive Code's default minSyntaxHighlightingColorContrast, which Starlight keeps. */
export const MIN_CONTRAST = 5.5;

type Theme = ThemeRegistration & { colors?: Record<string, string> };

export function withReadableTokens(theme: Theme): Theme {
  const background = theme.colors?.['editor.background'] ?? (theme.type === 'dark' ? '#24292e' : '#ffffff');
  const fix = (color: unknown) =>
    typeof color === 'string' && color.startsWith('#') ? ensureColorContrastOnBackground(color, background, MIN_CONTRAST) : color;
  return {
    ...theme,
    colors: { ...theme.colors, 'editor.foreground': fix(theme.colors?.['editor.foreground']) as string },
    tokenColors: (theme.tokenColors ?? []).map((rule) => ({
      ...rule,
      settings: { ...rule.settings, foreground: fix(rule.settings?.foreground) as string | undefined },
    })),
  };
}

const VIRTUAL_ID = 'virtual:code-themes';

export function codeThemesPlugin(): Plugin {
  return {
    name: 'django-to-production:code-themes',
    resolveId: (id) => (id === VIRTUAL_ID ? `\0${VIRTUAL_ID}` : undefined),
    load: (id) =>
      id === `\0${VIRTUAL_ID}`
        ? `export const light = ${JSON.stringify(withReadableTokens(githubLight as Theme))};\n` +
          `export const dark = ${JSON.stringify(withReadableTokens(githubDark as Theme))};\n`
        : undefined,
  };
}
