/** The findings list: id, message, hint, where; a click takes the editor to the line. */
import type { SourceLocation } from '../engine/protocol';
import { placesText, summarize, type Finding } from './findings';

export class FindingsView {
  private lastSummary = '';

  /** `inTabs` (which files the editor shows) null: the editor is not there yet, nothing is marked and no finding leads to its line. */
  constructor(
    private readonly host: HTMLElement,
    private readonly inTabs: ((file: string) => boolean) | null,
    private readonly reveal: (location: SourceLocation) => void,
  ) {}

  /** `lead`: a sentence the summary starts with (that the run gave no answer, and why). */
  show(findings: Finding[], lead: string | null = null): void {
    const list = this.host.querySelector<HTMLElement>('[data-findings]')!;
    list.replaceChildren(...findings.map((finding) => this.item(finding)));
    // The summary is a live region: only rewrite it when it says something new.
    const summary = [lead, summarize(findings), this.inTabs && placesText(findings, this.inTabs)].filter(Boolean).join(' ');
    if (summary !== this.lastSummary) {
      this.lastSummary = summary;
      this.host.querySelector('[data-findings-summary]')!.textContent = summary;
    }
  }

  /** A message that is not a finding of the reader's code (the run was stopped, the engine failed). */
  notice(text: string): void {
    this.lastSummary = text;
    this.host.querySelector('[data-findings-summary]')!.textContent = text;
  }

  private item(finding: Finding): HTMLLIElement {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'pg-finding';
    button.dataset.severity = finding.severity;
    button.dataset.code = finding.code;
    const location = finding.location;
    const reachable = location !== null && this.inTabs !== null && this.inTabs(location.file);
    button.disabled = !reachable;
    if (reachable) button.addEventListener('click', () => this.reveal(location));

    const id = span('pg-finding-id', finding.code);
    const where = span('pg-finding-where', location ? `${location.file.split('/').pop()}:${location.line}` : 'not set');
    const text = span('pg-finding-text', finding.message);
    if (finding.hint) text.append(span('pg-finding-hint', `Hint: ${finding.hint}`));
    if (finding.explanation) text.append(span('pg-finding-explanation', finding.explanation));
    const severity = span('sr-only', `${finding.severity}: `);
    button.append(severity, id, text, where);
    if (reachable) button.title = `Go to line ${location.line} of ${location.file}`;
    li.append(button);
    return li;
  }
}

function span(className: string, text: string): HTMLSpanElement {
  const element = document.createElement('span');
  element.className = className;
  element.textContent = text;
  return element;
}
