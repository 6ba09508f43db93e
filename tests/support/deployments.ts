/**
 * A host for the offline tests: one origin whose deployed build can be swapped for another
 * (a new version) or taken down (the reader is offline, whatever the browser's emulation
 * covers), serving as src/server/static-server.ts does.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createStaticServer } from '../../src/server/static-server';

export interface Deployments {
  readonly origin: string;
  /** Serve this build from now on. */
  deploy(root: string): void;
  /** Answer nothing: every connection is dropped, as on a train between stations. */
  down(): void;
  listen(): Promise<void>;
  close(): Promise<void>;
}

export function deployments(root: string, base: string): Deployments {
  let current: Server | null = createStaticServer({ root, base });
  const host = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (!current) return req.socket.destroy();
    current.emit('request', req, res);
  });
  return {
    get origin() {
      return `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
    },
    deploy: (next) => {
      current = createStaticServer({ root: next, base });
    },
    down: () => {
      current = null;
      host.closeAllConnections();
    },
    listen: () => new Promise((resolve) => host.listen(0, '127.0.0.1', resolve)),
    close: () =>
      new Promise((resolve) => {
        host.closeAllConnections();
        host.close(() => resolve());
      }),
  };
}
