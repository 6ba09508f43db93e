/**
 * The request panel of an exercise (RequestPanel.astro), on the page: the reader's request
 * (method, full URL, headers, body) sent to their own project as gunicorn hands it to Django,
 * and the answer as a browser's developer tools show it: status line, headers, body rendered in
 * a frame that runs no script and raw, and the trace of what decided it, each step a link to its
 * setting's line. A cookie jar carries cookies from one send to the next, as a browser's does.
 * The last request is sent again as the reader edits their code, so the answer follows it.
 * What request-plan.ts decides is only shown here; the inputs are kept with the reader's work.
 */
import type { EngineClient } from '../engine/client';
import type { HttpRequestLine, HttpResponseAnswer, ProjectFiles, RequestAnswer, SourceLocation, TraceStep } from '../engine/protocol';
import { readPanelState, type PanelState } from '../progress/panel-state';
import { loadPanel, savePanel } from '../progress/store';
import { FeedbackLoop } from './feedback';
import { noAnswerAfter } from './no-answer';
import {
  applyPreset,
  hasBody,
  outcomeMessage,
  outcomeOf,
  outgoing,
  PRESETS,
  redirectsToItself,
  requestRequest,
  shownBody,
  startingState,
  statusLine,
  stepPlace,
  stepText,
  summary,
  type PanelProject,
  type PresetName,
  type StartingRequest,
} from './request-plan';
import { cutNote, shownQueries, type SqlPiece } from './sql-view';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function button(text: string, onClick: () => void, label?: string): HTMLButtonElement {
  const node = el('button', text);
  node.type = 'button';
  if (label) node.setAttribute('aria-label', label);
  node.addEventListener('click', onClick);
  return node;
}

interface PanelOptions {
  exerciseId: string;
  start: StartingRequest;
  /** The project as it is now: the editor's files, the exercise's settings module, env, packages. */
  project: () => PanelProject;
  engine: EngineClient;
  /** Move the editor to a place in the reader's files. */
  reveal: (location: SourceLocation) => void;
  /** Whether a file is one of the reader's tabs (a trace step elsewhere has no link). */
  isTab: (file: string) => boolean;
}

export class RequestPanel {
  private readonly root: HTMLElement;
  private readonly form: HTMLFormElement;
  private readonly method: HTMLSelectElement;
  private readonly url: HTMLInputElement;
  private readonly headerList: HTMLElement;
  private readonly bodyRow: HTMLElement;
  private readonly body: HTMLTextAreaElement;
  private readonly problem: HTMLElement;
  private readonly status: HTMLElement;
  private readonly live: HTMLElement;
  private readonly result: HTMLElement;
  private readonly jarList: HTMLElement;
  private state: PanelState;
  /** The request the answer shown is for (null before the first send). */
  private sent: HttpRequestLine | null = null;
  private notes: string[] = [];
  /** Whether the next answer is announced (a send the reader asked for, not a re-send after an edit). */
  private announce = false;
  private showRaw = false;
  private readonly loop: FeedbackLoop<RequestAnswer | null>;

  constructor(host: HTMLElement, private readonly options: PanelOptions) {
    this.root = host.querySelector<HTMLElement>('[data-request-panel]')!;
    const part = <T extends HTMLElement>(name: string) => this.root.querySelector<T>(`[data-request-${name}]`)!;
    this.form = part('form');
    this.method = part('method');
    this.url = part('url');
    this.headerList = part('headers');
    this.bodyRow = part('body-row');
    this.body = part('body');
    this.problem = part('problem');
    this.status = part('status');
    this.live = part('live');
    this.result = part('result');
    this.jarList = part('jar');
    this.state = loadPanel(options.exerciseId, readPanelState) ?? startingState(options.start);

    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.send();
    });
    this.method.addEventListener('change', () => this.readInputs());
    this.url.addEventListener('input', () => this.readInputs());
    this.body.addEventListener('input', () => this.readInputs());
    part<HTMLButtonElement>('add-header').addEventListener('click', () => {
      this.state.headers.push({ name: '', value: '' });
      this.renderHeaders();
      this.keep();
      this.headerList.querySelector<HTMLInputElement>('li:last-child input')?.focus();
    });
    part<HTMLButtonElement>('clear-jar').addEventListener('click', () => {
      this.state.jar = {};
      this.state.jarAfter = {};
      this.renderJar();
      this.keep();
      this.say('Cookies cleared: the next request is sent with none, as from a fresh browser.');
    });
    for (const preset of this.root.querySelectorAll<HTMLButtonElement>('[data-request-preset]')) {
      preset.addEventListener('click', () => this.usePreset(preset.dataset.requestPreset as PresetName));
    }
    this.loop = new FeedbackLoop<RequestAnswer | null>(
      () => this.call(),
      (answer) => answer && this.show(answer),
      (error) => this.unanswered(noAnswerAfter(error)),
    );
    this.renderInputs();
    this.root.dataset.state = 'ready';
    for (const control of this.root.querySelectorAll<HTMLButtonElement | HTMLInputElement>('button, input, select, textarea')) control.disabled = false;
    this.status.textContent = 'Waiting for Python to answer the first request…';
    this.loop.edited();
  }

  /** The reader's code changed: the last request again, with the same cookies, against the code as it is now. */
  filesChanged(): void {
    if (this.sent) this.loop.edited();
  }

  /** Send what the inputs say, with the cookies the browser holds now. */
  private send(): void {
    this.readInputs();
    this.state.jar = { ...this.state.jarAfter };
    this.keep();
    this.sent = null;
    this.announce = true;
    this.loop.edited();
  }

  private async call(): Promise<RequestAnswer | null> {
    if (!this.sent) {
      const planned = outgoing(this.state);
      if ('problem' in planned) {
        this.problem.textContent = planned.problem;
        this.problem.hidden = false;
        this.url.setAttribute('aria-invalid', String(planned.problem.includes('URL')));
        if (this.announce) this.say(planned.problem);
        this.announce = false;
        return null;
      }
      this.problem.hidden = true;
      this.url.removeAttribute('aria-invalid');
      this.sent = planned.line;
      this.notes = planned.notes;
    }
    this.root.dataset.busy = 'true';
    if (this.announce) this.status.textContent = `Sending ${this.sent.method} ${this.sent.url}…`;
    try {
      return await this.options.engine.call(requestRequest(this.options.project(), this.sent, this.state.jar));
    } finally {
      delete this.root.dataset.busy;
    }
  }

  private show(answer: RequestAnswer): void {
    const outcome = outcomeOf(answer);
    const sent = this.sent!;
    delete this.root.dataset.stale;
    const said = el('p', undefined, 'pg-req-sent');
    said.append('Sent ', el('code', `${sent.method} ${sent.url}`), this.state.jar && Object.keys(this.state.jar).length ? ` with the cookies ${Object.keys(this.state.jar).join(', ')}` : '', '.');
    const notes = this.notes.map((note) => el('p', note, 'pg-req-note'));
    if (outcome.kind !== 'response') {
      const message = outcomeMessage(outcome);
      this.status.textContent = message;
      this.result.replaceChildren(said, ...notes, ...(outcome.kind === 'raised' ? [this.traceList(outcome.trace)] : []));
      this.finish(message);
      return;
    }
    const response = outcome.response;
    this.state.jarAfter = answer.jar;
    this.keep();
    this.renderJar();
    this.status.textContent = summary(response);
    const parts: Node[] = [said, ...notes];
    if (redirectsToItself(response, sent)) {
      parts.push(
        el(
          'p',
          'A redirect loop: the browser follows this to the same https:// URL, nginx forwards it to gunicorn over plain HTTP again, and Django redirects it again. Browsers give up after about 20 (“too many redirects”). Django does not read X-Forwarded-Proto unless SECURE_PROXY_SSL_HEADER tells it to.',
          'pg-req-warning',
        ),
      );
    }
    parts.push(this.responseView(response, sent.method));
    this.result.replaceChildren(...parts);
    this.finish(summary(response));
  }

  private finish(announcement: string): void {
    if (this.announce) this.say(announcement);
    this.announce = false;
  }

  /** No answer for the code as it is now: the last response stays, marked, under the reason. */
  private unanswered(why: string): void {
    this.announce = false;
    if (this.result.hasChildNodes()) this.root.dataset.stale = 'true';
    this.status.textContent = this.result.hasChildNodes() ? `${why} Below: the answer to the last version of your code that gave one.` : why;
  }

  private say(text: string): void {
    // Emptied first, so that the same sentence twice is announced twice.
    this.live.textContent = '';
    requestAnimationFrame(() => (this.live.textContent = text));
  }

  private keep(): void {
    savePanel(this.options.exerciseId, this.state);
  }

  // ---- inputs ----------------------------------------------------------------------------------

  private readInputs(): void {
    this.state.method = this.method.value;
    this.state.url = this.url.value;
    this.state.body = this.body.value;
    this.bodyRow.hidden = !hasBody(this.state.method);
    this.keep();
  }

  private usePreset(preset: PresetName): void {
    this.readInputs();
    const next = applyPreset(this.state, preset);
    if (next === this.state) {
      this.say('The URL has to be a full URL (https://shop.example.com/) for a preset to know the visitor’s host.');
      return;
    }
    this.state = next;
    this.renderInputs();
    this.keep();
    this.send();
    this.say(`${PRESETS.find((p) => p.name === preset)!.label}: headers filled in; sending.`);
  }

  private renderInputs(): void {
    if (![...this.method.options].some((option) => option.value === this.state.method)) this.method.append(el('option', this.state.method));
    this.method.value = this.state.method;
    this.url.value = this.state.url;
    this.body.value = this.state.body;
    this.bodyRow.hidden = !hasBody(this.state.method);
    this.renderHeaders();
    this.renderJar();
  }

  private renderHeaders(): void {
    const id = this.root.id;
    this.headerList.replaceChildren(
      ...this.state.headers.map((row, index) => {
        const item = el('li', undefined, 'pg-req-header');
        const name = el('input');
        const value = el('input');
        for (const [input, what, text] of [[name, 'name', row.name], [value, 'value', row.value]] as const) {
          input.type = 'text';
          input.value = text;
          input.spellcheck = false;
          input.autocomplete = 'off';
          input.setAttribute('autocapitalize', 'off');
          input.id = `${id}-header-${index}-${what}`;
          input.setAttribute('aria-label', `Header ${index + 1} ${what}`);
          input.addEventListener('input', () => {
            this.state.headers[index]![what] = input.value;
            this.keep();
          });
        }
        name.className = 'pg-req-header-name';
        name.placeholder = 'Name';
        value.placeholder = 'Value';
        const remove = button('Remove', () => {
          this.state.headers.splice(index, 1);
          this.renderHeaders();
          this.keep();
          const rest = this.headerList.querySelectorAll<HTMLInputElement>('input.pg-req-header-name');
          (rest[Math.min(index, rest.length - 1)] ?? this.root.querySelector<HTMLButtonElement>('[data-request-add-header]'))?.focus();
        }, `Remove header ${index + 1}${row.name ? ` (${row.name})` : ''}`);
        item.append(name, value, remove);
        return item;
      }),
    );
  }

  private renderJar(): void {
    const cookies = Object.entries(this.state.jarAfter);
    this.jarList.replaceChildren(
      ...(cookies.length
        ? cookies.map(([name, value]) => {
            const item = el('li');
            item.append(el('code', name), ' = ', el('code', value.length > 40 ? `${value.slice(0, 40)}…` : value, 'pg-req-cookie-value'));
            return item;
          })
        : [el('li', 'None yet: a response’s Set-Cookie puts one here, and every later request sends it back.', 'pg-req-empty')]),
    );
  }

  // ---- the response ----------------------------------------------------------------------------

  private responseView(response: HttpResponseAnswer, method: string): HTMLElement {
    const view = el('div', undefined, 'pg-req-response');
    view.append(el('h5', 'Response', 'pg-req-heading'));
    const line = el('p', statusLine(response), 'pg-req-status-line');
    line.dataset.status = String(Math.floor(response.status / 100));
    view.append(line);

    const headers = el('table', undefined, 'pg-req-headers-table');
    const caption = el('caption', 'Response headers, in the order Django gives them');
    headers.append(caption);
    for (const [name, value] of response.headers) {
      const row = el('tr');
      const th = el('th', name);
      th.scope = 'row';
      row.append(th, el('td', value));
      headers.append(row);
    }
    if (response.headers.length === 0) {
      const row = el('tr');
      row.append(el('td', 'No headers.'));
      headers.append(row);
    }
    view.append(headers);

    view.append(el('h5', 'Body', 'pg-req-heading'));
    const body = shownBody(response, method);
    if (body.kind !== 'text') {
      view.append(el('p', body.text, 'pg-req-note'));
    } else {
      const raw = el('pre', body.text, 'pg-req-raw');
      raw.tabIndex = 0;
      raw.setAttribute('aria-label', 'The body as sent');
      if (body.html) {
        const frame = el('iframe', undefined, 'pg-req-frame');
        // No token at all: no script runs, and the page is of no origin (it cannot reach ours).
        frame.setAttribute('sandbox', '');
        frame.setAttribute('referrerpolicy', 'no-referrer');
        frame.title = 'The body as a browser renders it (no script runs)';
        frame.srcdoc = body.text;
        const views = el('div', undefined, 'pg-req-views');
        views.setAttribute('role', 'group');
        views.setAttribute('aria-label', 'Show the body');
        const rendered = button('Rendered', () => this.toggleRaw(false, frame, raw, [rendered, rawButton]));
        const rawButton = button('Raw', () => this.toggleRaw(true, frame, raw, [rendered, rawButton]));
        views.append(rendered, rawButton);
        view.append(views, frame, raw);
        this.toggleRaw(this.showRaw, frame, raw, [rendered, rawButton]);
      } else {
        view.append(raw);
      }
    }
    const sql = sqlView(response);
    if (sql) view.append(el('h5', 'SQL that ran', 'pg-req-heading'), ...sql);
    if (response.trace.length) {
      view.append(el('h5', 'What decided it', 'pg-req-heading'), this.traceList(response.trace));
    }
    return view;
  }

  private toggleRaw(raw: boolean, frame: HTMLElement, pre: HTMLElement, [rendered, rawButton]: HTMLButtonElement[]): void {
    this.showRaw = raw;
    frame.hidden = raw;
    pre.hidden = !raw;
    rendered!.setAttribute('aria-pressed', String(!raw));
    rawButton!.setAttribute('aria-pressed', String(raw));
  }

  private traceList(trace: TraceStep[]): HTMLElement {
    const list = el('ol', undefined, 'pg-req-trace');
    for (const step of trace) {
      const item = el('li');
      item.append(el('span', stepText(step)));
      const place = stepPlace(step);
      const location = step.location;
      if (location && place && this.options.isTab(location.file)) {
        const show = button(place, () => this.options.reveal(location));
        // The visible text is the name (what a voice user says); the title says where it leads.
        show.title = `Show ${step.setting ?? 'this line'} in the editor (${location.file}, line ${location.line})`;
        item.append(' ', show);
      } else if (place) {
        item.append(' ', el('span', place, 'pg-req-place'));
      }
      list.append(item);
    }
    return list;
  }
}

/** The files, settings module, env and packages of an exercise, for its panel. */
export function panelProject(
  exercise: { settings_module: string; env: Record<string, string>; installed: string[]; fixtures?: string[] },
  files: () => ProjectFiles,
): () => PanelProject {
  return () => ({ files: files(), settings_module: exercise.settings_module, env: exercise.env, installed: exercise.installed, fixtures: exercise.fixtures });
}

const SQL_CLASSES: Record<SqlPiece['kind'], string | undefined> = {
  code: undefined,
  string: 'pg-sql-string',
  name: 'pg-sql-name',
  comment: 'pg-sql-comment',
  end: 'pg-sql-end',
};

/** The statements the response ran (connection.queries), each as SQLite reads it, with what to notice; null without a database. */
function sqlView(response: HttpResponseAnswer): Node[] | null {
  const shown = shownQueries(response.queries);
  if (!shown) return null;
  const parts: Node[] = [el('p', shown.heading, 'pg-req-note')];
  if (!shown.queries.length) return parts;
  parts[0]!.appendChild(
    document.createTextNode(' Values inside quotes are highlighted; what SQLite reads as a comment is struck through.'),
  );
  const list = el('ol', undefined, 'pg-req-sql');
  shown.queries.forEach((query, number) => {
    const item = el('li');
    const code = el('code');
    query.pieces.forEach((piece, index) => {
      const text = piece.breakBefore && index > 0 ? `\n${piece.text}` : piece.text;
      const kind = SQL_CLASSES[piece.kind];
      code.append(kind ? el('span', text, kind) : text);
    });
    const pre = el('pre');
    pre.tabIndex = 0;
    pre.setAttribute('aria-label', `Query ${number + 1}`);
    pre.append(code);
    item.append(pre);
    if (query.cut) item.append(el('p', cutNote(query.cut), 'pg-req-note'));
    for (const note of query.notes) item.append(el('p', note, 'pg-req-warning'));
    list.append(item);
  });
  parts.push(list);
  if (shown.more) parts.push(el('p', `… and ${shown.more.toLocaleString('en')} more, not shown.`, 'pg-req-note'));
  return parts;
}
