/**
 * Debian's nginx serving a built site as a real host would: precompressed files
 * (gzip_static), a year of caching for versioned files, no-cache for pages, cross-origin
 * isolation. Started on a free loopback port for the browser bench, stopped after; it logs the
 * bytes it sends, so the bench can say what a visit transferred.
 *
 * Brotli: with Debian's libnginx-mod-http-brotli-static installed, the build's .br files are
 * served (`brotli_static on;`, README, Hosting); without it, its .gz files, and the bench says so.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const HEADERS = `
        add_header Cross-Origin-Opener-Policy same-origin always;
        add_header Cross-Origin-Embedder-Policy require-corp always;`;

/** Debian's package libnginx-mod-http-brotli-static puts the module here. */
export const BROTLI_STATIC_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

export function nginxConfig(root: string, port: number, work: string, brotli = existsSync(BROTLI_STATIC_MODULE)): string {
  return `${brotli ? `load_module ${BROTLI_STATIC_MODULE};` : ''}
daemon off;
worker_processes 1;
pid ${work}/nginx.pid;
error_log ${work}/error.log warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    types { text/javascript mjs; application/octet-stream snapshot; }
    default_type application/octet-stream;
    log_format sent '$bytes_sent';
    access_log ${work}/access.log sent;
    sendfile on;
    client_body_temp_path ${work}/body;
    proxy_temp_path ${work}/proxy;
    fastcgi_temp_path ${work}/fastcgi;
    uwsgi_temp_path ${work}/uwsgi;
    scgi_temp_path ${work}/scgi;
    gzip on;
    gzip_static on;${brotli ? '\n    brotli_static on;' : ''}
    gzip_vary on;
    gzip_types text/css text/javascript application/javascript application/json application/wasm application/octet-stream image/svg+xml;
    server {
        listen 127.0.0.1:${port};
        root ${root};
        location ~ ^/(_astro|pyodide)/ {
            add_header Cache-Control "public, max-age=31536000, immutable" always;${HEADERS}
        }
        location / {
            add_header Cache-Control "no-cache" always;${HEADERS}
            try_files $uri $uri/index.html =404;
        }
    }
}
`;
}

export interface RunningNginx {
  origin: string;
  /** Every byte sent so far (headers and bodies, as on the wire). */
  bytesSent(): number;
  stop(): Promise<void>;
}

export async function startNginx(root: string): Promise<RunningNginx> {
  const work = mkdtempSync(join(tmpdir(), 'd2p-nginx-'));
  const port = await freePort();
  const config = join(work, 'nginx.conf');
  writeFileSync(config, nginxConfig(root.replace(/\/$/, ''), port, work));
  const child: ChildProcess = spawn('nginx', ['-c', config, '-p', work], { stdio: ['ignore', 'inherit', 'inherit'] });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`${origin}/`);
      return {
        origin,
        bytesSent: () => {
          const log = join(work, 'access.log');
          return existsSync(log) ? readFileSync(log, 'utf8').split('\n').reduce((sum, line) => sum + (Number(line) || 0), 0) : 0;
        },
        stop: () => new Promise((resolve) => {
          child.once('exit', () => resolve());
          child.kill('SIGQUIT');
        }),
      };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  child.kill('SIGKILL');
  throw new Error(`nginx did not start (see ${work}/error.log)`);
}
