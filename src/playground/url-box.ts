/**
 * The URL tester of a URL exercise, on the page: its two inputs, and the answers shown under
 * them (a match with its typed values, the DEBUG 404 page's list, a reverse()d path or Django's
 * error). What the inputs ask is read by url-calls.ts. After a run that gave no answer, those
 * answers stay, marked as stale under a note that says why, until a run answers again.
 */
import type { ResolveOutcome, ReverseCall, ReverseOutcome, SourceLocation } from '../engine/protocol';
import { reverseAsPython, typedUrl, unroutedText, urlCalls, type TypedUrl, type UrlCalls } from './url-calls';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** An aria-describedby list of ids with `id` in it or out of it, the others kept in their order. */
export function describedBy(ids: string | null, id: string, present: boolean): string {
  const others = (ids ?? '').split(/\s+/).filter((other) => other && other !== id);
  return (present ? [...others, id] : others).join(' ');
}

export class UrlBox {
  private readonly pathInput: HTMLInputElement;
  private readonly reverseInput: HTMLInputElement;
  /** The URL the last request asked about, as typed. */
  private asked: TypedUrl = typedUrl('/');

  constructor(
    private readonly host: HTMLElement,
    private readonly rootUrlconf: string,
    onInput: () => void,
    private readonly reveal: (location: SourceLocation) => void,
  ) {
    this.pathInput = host.querySelector<HTMLInputElement>('[data-url-path]')!;
    this.reverseInput = host.querySelector<HTMLInputElement>('[data-url-reverse]')!;
    this.pathInput.addEventListener('input', onInput);
    this.reverseInput.addEventListener('input', onInput);
  }

  /** What the next check asks of the URL system. */
  request(): UrlCalls {
    this.asked = typedUrl(this.pathInput.value);
    return urlCalls(this.pathInput.value, this.reverseInput.value);
  }

  show(resolved: ResolveOutcome | undefined, reversed: ReverseOutcome | undefined, asked: UrlCalls): void {
    this.markStale(null);
    const path = asked.resolve?.[0] ?? '/';
    const unrouted = unroutedText(this.asked);
    this.host
      .querySelector('[data-url-result]')!
      .replaceChildren(...(unrouted ? [el('p', unrouted, 'pg-url-unrouted')] : []), ...(resolved ? this.resolution(path, resolved) : []));
    const call = asked.reverse?.[0];
    this.host.querySelector('[data-reverse-result]')!.replaceChildren(...(call && reversed ? this.reversal(call, reversed) : []));
  }

  /** The last run gave no answer (`why`, from no-answer.ts): the answers shown are for earlier code. */
  unanswered(why: string): void {
    const shown = ['[data-url-result]', '[data-reverse-result]'].some((selector) => this.host.querySelector(selector)!.hasChildNodes());
    this.markStale(shown ? `${why} Below: the answers to the last version of your code that gave one.` : why);
  }

  /**
   * Marks the tester as stale, with `note` over it, or (null) as current. The note is no live
   * region (the findings summary announces the run; rewriting the results would announce them
   * again): it describes the two inputs instead, where a reader asking about a URL is.
   */
  private markStale(note: string | null): void {
    const tester = this.host.querySelector<HTMLElement>('[data-url-tester]');
    const element = this.host.querySelector<HTMLElement>('[data-url-stale]');
    if (!tester || !element) return;
    if (note === null) delete tester.dataset.stale;
    else tester.dataset.stale = 'true';
    element.textContent = note ?? '';
    element.hidden = note === null;
    for (const input of [this.pathInput, this.reverseInput]) {
      const ids = describedBy(input.getAttribute('aria-describedby'), element.id, note !== null);
      if (ids) input.setAttribute('aria-describedby', ids);
      else input.removeAttribute('aria-describedby');
    }
  }

  private resolution(path: string, outcome: ResolveOutcome): Node[] {
    if ('error' in outcome) {
      return [el('p', `resolve("${path}") raised ${outcome.error.type}: ${outcome.error.message}`, 'pg-url-status')];
    }
    if (outcome.match) {
      const head = el('p');
      head.append(el('span', 'Matched ', 'pg-url-status'), el('code', outcome.route), ' → ', el('code', outcome.view));
      if (outcome.location) {
        const show = el('button', `${outcome.location.file}:${outcome.location.line}`);
        show.type = 'button';
        show.title = 'Show this pattern in the editor';
        const location = outcome.location;
        show.addEventListener('click', () => this.reveal(location));
        head.append(' ', show);
      }
      const details = el('p');
      details.append(
        'url_name ', el('code', outcome.url_name ?? 'None'),
        ', view_name ', el('code', outcome.view_name),
        outcome.namespaces.length ? ', namespaces ' : '',
        outcome.namespaces.length ? el('code', outcome.namespaces.join(':')) : '',
      );
      const nodes: Node[] = [head, details];
      const rows = [
        ...outcome.args.map((value, i) => [`args[${i}]`, value] as const),
        ...Object.entries(outcome.kwargs).map(([name, value]) => [name, value] as const),
      ];
      if (rows.length) {
        const table = el('table');
        const caption = el('caption', 'What the view receives');
        caption.className = 'sr-only';
        const headRow = el('tr');
        headRow.append(el('th', 'argument'), el('th', 'value'), el('th', 'type'));
        table.append(caption, headRow);
        for (const [name, [type, repr]] of rows) {
          const row = el('tr');
          const valueCell = el('td');
          valueCell.append(el('code', repr));
          const typeCell = el('td');
          typeCell.append(el('code', type));
          row.append(el('td', name), valueCell, typeCell);
          table.append(row);
        }
        nodes.push(table);
      } else {
        nodes.push(el('p', 'The view receives no arguments besides the request.'));
      }
      return nodes;
    }
    const head = el('p', 'Page not found (404)', 'pg-url-status');
    const shown = path.replace(/^\//, '');
    if (outcome.tried_display.length === 0) {
      return [head, el('p', 'urlpatterns is empty: with DEBUG on, Django would show its “The install worked successfully!” page instead of a list.')];
    }
    const intro = el('p');
    intro.append('Using the URLconf defined in ', el('code', this.rootUrlconf), ', Django tried these URL patterns, in this order:');
    const list = el('ol');
    for (const item of outcome.tried_display) list.append(el('li', item));
    const end = el('p');
    end.append('The current path, ', el('code', shown), ', didn’t match any of these.');
    const nodes: Node[] = [head, intro, list, end];
    if (outcome.append_slash_redirect) {
      const redirect = el('p');
      redirect.append('With APPEND_SLASH, CommonMiddleware answers a GET with a 301 redirect to ', el('code', outcome.append_slash_redirect), '.');
      nodes.push(redirect);
    }
    return nodes;
  }

  private reversal(call: ReverseCall, outcome: ReverseOutcome): Node[] {
    const line = el('p');
    line.append(el('code', reverseAsPython(call)), ' → ');
    if ('path' in outcome) line.append(el('code', JSON.stringify(outcome.path)));
    else line.append(el('span', `${outcome.error.type}: ${outcome.error.message}`, 'pg-url-status'));
    return [line];
  }
}
