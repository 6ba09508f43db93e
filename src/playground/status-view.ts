/** The "Python: loading 45% / ready / downloading / restarting" line of each playground. */
import type { EngineStatus } from '../engine/client';

const PHASE_TEXT = {
  runtime: 'Downloading Python',
  stdlib: 'Starting Python',
  engine: 'Starting the checker',
  ready: 'Python is ready',
} as const;

/** What the line says (a live region: while loading it changes with the phase, the bar carries the percentage). */
export function engineStatusText(status: EngineStatus): string {
  switch (status.state) {
    case 'booting':
      return `${PHASE_TEXT[status.phase]}…`;
    case 'ready':
      return 'Python is ready: the checker answers as you type.';
    case 'downloading':
      return 'Downloading a part of Python your code needs…';
    case 'restarting':
      return 'Restarting Python…';
    case 'failed':
      return `Python could not start (${status.message}). Reload the page to try again; your code is kept.`;
  }
}

/** Beside the bar while Python loads: how far, in bytes when they are known ("12.3 of 31.5 MB, 33%"), or in percent. */
export function loadingText(status: EngineStatus): string {
  if (status.state !== 'booting') return '';
  const percent = `${Math.round(status.fraction * 100)}%`;
  if (!status.bytes || status.phase !== 'runtime') return percent;
  const mb = (bytes: number) => (bytes / 1e6).toLocaleString('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return `${mb(status.bytes.received)} of ${mb(status.bytes.total)} MB, ${percent}`;
}

export function showEngineStatus(host: HTMLElement, status: EngineStatus): void {
  const box = host.querySelector<HTMLElement>('[data-engine-status]');
  const bar = host.querySelector<HTMLProgressElement>('[data-engine-progress]');
  const text = host.querySelector<HTMLElement>('[data-engine-text]');
  if (!box || !bar || !text) return;
  box.dataset.engineStatus = status.state;
  bar.hidden = status.state !== 'booting';
  const loading = loadingText(status);
  if (status.state === 'booting') {
    bar.value = Math.round(status.fraction * 100);
    bar.setAttribute('aria-valuetext', loading);
  }
  const amount = host.querySelector<HTMLElement>('[data-engine-bytes]');
  if (amount && amount.textContent !== loading) amount.textContent = loading;
  // Rewriting a live region with the same words can make a screen reader say them again, and
  // progress comes with every chunk of the download.
  const words = engineStatusText(status);
  if (text.textContent !== words) text.textContent = words;
}
