/**
 * The load-balancing animation (Balancer.astro): requests from a few visitors go through nginx
 * to the app servers of the reader's own upstream block, routed by the engine's `balance`
 * operation as nginx 1.22 routes them. The reader sends one request or a stream of them, stops
 * and starts servers, and watches nginx fail over; the answer follows their nginx.conf as they type.
 */
import type { EngineClient } from '../engine/client';
import type { NginxBesideAnswer, NginxUpstream, ProjectFiles } from '../engine/protocol';
import { MAX_HISTORY, balanceRequest, clientOf, methodText, routeOf, sameServers, serverBadges, simulationOf, type Route, type SentRequest } from './balancer-plan';

/** Real time between two requests while sending a stream. */
const TICK_MS = 1200;
const HOP_MS = 280;

export class BalancerView {
  private readonly root: HTMLElement;
  private readonly note: HTMLElement;
  private readonly stage: HTMLElement;
  private readonly servers: HTMLElement;
  private readonly packet: HTMLElement;
  private readonly live: HTMLElement;
  private readonly log: HTMLElement;
  private readonly play: HTMLButtonElement;
  private readonly step: HTMLButtonElement;
  private readonly reset: HTMLButtonElement;
  private conf = 'nginx.conf';
  private upstream: NginxUpstream | null = null;
  private history: SentRequest[] = [];
  private readonly stopped = new Set<string>();
  private timer: ReturnType<typeof setInterval> | null = null;
  private busy = false;
  private queued = false;
  /** The servers as the rows show them. */
  private rendered = '';
  /** Bumped whenever the history is thrown away, so an answer to an older one is ignored. */
  private generation = 0;

  constructor(
    host: HTMLElement,
    private readonly engine: EngineClient,
    private readonly files: () => ProjectFiles,
  ) {
    this.root = host.querySelector<HTMLElement>('[data-balancer]')!;
    const part = <T extends HTMLElement>(name: string) => this.root.querySelector<T>(`[data-balancer-${name}]`)!;
    this.note = part('note');
    this.stage = part('stage');
    this.servers = part('servers');
    this.packet = part('packet');
    this.live = part('live');
    this.log = part('log');
    this.play = part('play');
    this.step = part('step');
    this.reset = part('reset');
    this.play.addEventListener('click', () => (this.timer ? this.pause() : this.start()));
    this.step.addEventListener('click', () => void this.send(true));
    this.reset.addEventListener('click', () => {
      this.startAgain();
      this.say('Started again: a fresh nginx, every server running, no request sent.');
    });
  }

  /** The check's latest answer about nginx.conf. */
  show(nginx: NginxBesideAnswer | undefined): void {
    const simulation = simulationOf(nginx);
    if (simulation.kind === 'unavailable') {
      this.pause();
      this.root.dataset.state = 'unavailable';
      this.note.textContent = simulation.message;
      this.setControls(false);
      return;
    }
    this.conf = nginx!.conf;
    const changed = !this.upstream || !sameServers(this.upstream, simulation.upstream);
    this.upstream = simulation.upstream;
    this.root.dataset.state = 'ready';
    this.note.textContent = `Upstream ${simulation.upstream.name}: nginx ${methodText(simulation.upstream.method)}. Stop a server to watch nginx fail over.`;
    this.setControls(true);
    if (changed) {
      this.startAgain();
      return;
    }
    // Rows are rebuilt only when what they show changed (a reader's focus stays on its button).
    if (JSON.stringify(simulation.upstream.servers) !== this.rendered) this.renderServers();
    void this.replay();
  }

  private start(): void {
    if (this.timer || !this.upstream) return;
    this.timer = setInterval(() => void this.send(false), TICK_MS);
    this.play.setAttribute('aria-pressed', 'true');
    this.play.textContent = 'Pause';
    void this.send(false);
  }

  private pause(): void {
    if (!this.timer) return;
    clearInterval(this.timer);
    this.timer = null;
    this.play.setAttribute('aria-pressed', 'false');
    this.play.textContent = 'Send requests';
  }

  private startAgain(): void {
    this.generation += 1;
    this.queued = false;
    this.history = [];
    this.stopped.clear();
    this.log.replaceChildren();
    this.renderServers();
  }

  private setControls(enabled: boolean): void {
    for (const button of [this.play, this.step, this.reset]) button.disabled = !enabled;
  }

  /** One more request, routed through the whole history (nginx's state is the history's). */
  private async send(announce: boolean): Promise<void> {
    if (!this.upstream || document.hidden) return;
    if (this.busy) {
      // A request asked for while the last one is still being routed goes next (a stream's tick is dropped).
      if (announce) this.queued = true;
      return;
    }
    this.busy = true;
    const generation = this.generation;
    if (this.history.length >= MAX_HISTORY) this.history = [];
    const sent = { client: clientOf(this.history.length), stopped: [...this.stopped] };
    const history = [...this.history, sent];
    try {
      const answer = await this.engine.call(balanceRequest(this.files(), this.conf, this.upstream.name, history));
      if (generation !== this.generation) return;
      if (!answer.ok) {
        this.pause();
        this.say('nginx -t fails now: nginx would not start.');
        return;
      }
      this.history = history;
      const route = routeOf(answer, history.length - 1, sent.client, this.upstream.name);
      this.count(answer.served_by);
      this.addToLog(route);
      // A stream is announced only when something goes wrong; a single request always.
      if (announce || route.servedBy === null || route.failed.length > 0) this.say(route.text);
      this.animate(route);
    } catch (error) {
      this.pause();
      this.say(`The animation could not simulate this upstream (${error instanceof Error ? error.message : String(error)}).`);
    } finally {
      this.busy = false;
    }
    if (this.queued) {
      this.queued = false;
      await this.send(true);
    }
  }

  /** The history again, after an edit of nginx.conf: the counts as the new configuration gives them. */
  private async replay(): Promise<void> {
    if (!this.upstream || this.history.length === 0) return;
    const generation = this.generation;
    try {
      const answer = await this.engine.call(balanceRequest(this.files(), this.conf, this.upstream.name, this.history));
      if (generation === this.generation && answer.ok) this.count(answer.served_by);
    } catch {
      // the next request says what went wrong
    }
  }

  private renderServers(): void {
    const upstream = this.upstream;
    if (!upstream) return;
    this.rendered = JSON.stringify(upstream.servers);
    this.servers.replaceChildren(
      ...upstream.servers.map((server) => {
        const li = document.createElement('li');
        li.className = 'pg-server';
        li.dataset.server = server.address;
        const name = document.createElement('span');
        name.className = 'pg-server-name';
        name.textContent = server.address;
        const badges = document.createElement('span');
        badges.className = 'pg-server-badges';
        badges.textContent = serverBadges(server);
        const count = document.createElement('span');
        count.className = 'pg-server-count';
        count.dataset.count = '0';
        const toggle = document.createElement('button');
        toggle.type = 'button';
        toggle.className = 'pg-server-toggle';
        toggle.addEventListener('click', () => {
          if (this.stopped.has(server.address)) this.stopped.delete(server.address);
          else this.stopped.add(server.address);
          this.paintServer(li, toggle);
          this.say(`${server.address} ${this.stopped.has(server.address) ? 'stopped: it no longer answers' : 'started again'}.`);
        });
        li.append(name, badges, count, toggle);
        this.paintServer(li, toggle);
        return li;
      }),
    );
    this.count([]);
  }

  private paintServer(li: HTMLElement, toggle: HTMLButtonElement): void {
    const address = li.dataset.server!;
    const stopped = this.stopped.has(address);
    li.dataset.running = String(!stopped);
    toggle.textContent = stopped ? 'Start' : 'Stop';
    toggle.setAttribute('aria-label', `${stopped ? 'Start' : 'Stop'} ${address}`);
  }

  private count(servedBy: string[]): void {
    for (const li of this.servers.querySelectorAll<HTMLElement>('[data-server]')) {
      const n = servedBy.filter((name) => name === li.dataset.server).length;
      const count = li.querySelector<HTMLElement>('.pg-server-count')!;
      count.dataset.count = String(n);
      count.textContent = `${n} served`;
    }
  }

  private addToLog(route: Route): void {
    const item = document.createElement('li');
    item.textContent = `#${this.history.length} ${route.text}`;
    item.dataset.outcome = route.servedBy ? (route.failed.length ? 'failover' : 'served') : 'failed';
    this.log.prepend(item);
    while (this.log.children.length > 5) this.log.lastElementChild!.remove();
  }

  private say(text: string): void {
    this.live.textContent = text;
  }

  /** The packet's way: visitor, nginx, each server that did not answer and back, the one that did (or back with a 502). */
  private animate(route: Route): void {
    const serverRow = (address: string) => this.servers.querySelector<HTMLElement>(`[data-server="${CSS.escape(address)}"]`);
    const client = this.stage.querySelector<HTMLElement>(`[data-client="${CSS.escape(route.client)}"]`);
    const nginx = this.stage.querySelector<HTMLElement>('[data-balancer-nginx]')!;
    const flash = (element: HTMLElement | null, kind: string) => {
      if (!element) return;
      element.dataset.flash = kind;
      setTimeout(() => delete element.dataset.flash, TICK_MS * 0.8);
    };
    flash(client, 'sent');
    for (const failed of route.failed) flash(serverRow(failed), 'failed');
    flash(route.servedBy ? serverRow(route.servedBy) : nginx, route.servedBy ? 'served' : 'failed');
    if (matchMedia('(prefers-reduced-motion: reduce)').matches || !client || typeof this.packet.animate !== 'function') return;
    const points = [client, nginx];
    for (const failed of route.failed) points.push(serverRow(failed) ?? nginx, nginx);
    points.push(route.servedBy ? serverRow(route.servedBy) ?? nginx : client);
    const origin = this.stage.getBoundingClientRect();
    const centre = (element: HTMLElement) => {
      const box = element.getBoundingClientRect();
      return `translate(${box.left - origin.left + box.width / 2}px, ${box.top - origin.top + box.height / 2}px)`;
    };
    this.packet.dataset.outcome = route.servedBy ? 'served' : 'failed';
    this.packet.animate(
      points.map((point) => ({ transform: centre(point), opacity: 1 })),
      { duration: HOP_MS * (points.length - 1), easing: 'ease-in-out' },
    );
  }
}
