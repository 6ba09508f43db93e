/** The playground's line about Python, for each state of the engine: what the reader (and a screen reader) is told. */
import { describe, expect, it } from 'vitest';
import type { EngineStatus } from '../../src/engine/client';
import { engineStatusText, loadingText } from '../../src/playground/status-view';

describe("the engine's status line", () => {
  it.each<[EngineStatus, string]>([
    [{ state: 'booting', phase: 'runtime', fraction: 0 }, 'Downloading Python…'],
    [{ state: 'booting', phase: 'runtime', fraction: 0.6 }, 'Downloading Python…'],
    [{ state: 'booting', phase: 'stdlib', fraction: 0.9 }, 'Starting Python…'],
    [{ state: 'booting', phase: 'engine', fraction: 0.95 }, 'Starting the checker…'],
    [{ state: 'ready' }, 'Python is ready: the checker answers as you type.'],
    [{ state: 'downloading' }, 'Downloading a part of Python your code needs…'],
    [{ state: 'restarting' }, 'Restarting Python…'],
    [{ state: 'failed', message: 'engine-abc.snapshot: HTTP 404' }, 'Python could not start (engine-abc.snapshot: HTTP 404). Reload the page to try again; your code is kept.'],
  ])('for %j says "%s"', (status, text) => {
    expect(engineStatusText(status)).toBe(text);
  });

  // Beside the bar: a reader on a slow line sees that the download moves, and how much is left.
  it.each<[EngineStatus, string]>([
    [{ state: 'booting', phase: 'runtime', fraction: 0.34, bytes: { received: 12_345_678, total: 31_457_408 } }, '12.3 of 31.5 MB, 34%'],
    [{ state: 'booting', phase: 'runtime', fraction: 0 }, '0%'],
    [{ state: 'booting', phase: 'stdlib', fraction: 0.9, bytes: { received: 31_457_408, total: 31_457_408 } }, '90%'],
    [{ state: 'ready' }, ''],
  ])('while loading, for %j, shows "%s" beside the bar', (status, text) => {
    expect(loadingText(status)).toBe(text);
  });
});
