/**
 * Serving the built site as a real host does: under its base path, compressed, with long-lived
 * caching for versioned files, and cross-origin isolated (so the playground can interrupt
 * runaway Python in place instead of restarting the interpreter). `npm start` and the browser
 * tests both use it.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { VERSIONED_FOLDERS } from '../hosting/versioned';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.zip': 'application/zip',
  '.bin': 'application/octet-stream',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
  '.pagefind': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
};

/** Already-compressed formats are sent as they are. */
const INCOMPRESSIBLE = new Set(['.png', '.woff2', '.ico', '.pf_fragment', '.pf_index', '.pf_meta', '.pagefind']);

interface StaticServerOptions {
  /** The build output folder (dist/). */
  root: string;
  /** The base path the site was built for, e.g. "/" or "/course/". */
  base?: string;
  /** Sent with every response too (the hosting test sends the Content-Security-Policy the build writes for hosts). */
  headers?: Record<string, string>;
}

/** The encoding to answer in: brotli when the client accepts it, else gzip, else none (a q=0 refuses one). */
export function acceptedEncoding(header: string): 'br' | 'gzip' | null {
  const accepted = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    if (name) accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const takes = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  return takes('br') ? 'br' : takes('gzip') ? 'gzip' : null;
}

/** Paths whose names change when their content does: cached for a year. */
function isVersioned(path: string): boolean {
  return VERSIONED_FOLDERS.some((folder) => path.includes(`/${folder}`));
}

export function createStaticServer(options: StaticServerOptions): Server {
  const base = (options.base ?? '/').replace(/\/?$/, '/');
  const root = normalize(options.root).replace(/[\\/]+$/, '');
  const compressed = new Map<string, { body: Buffer; mtime: number }>();

  const send = async (req: IncomingMessage, res: ServerResponse, file: string, status = 200) => {
    const info = await stat(file);
    const ext = extname(file);
    const headers: Record<string, string> = {
      'Content-Type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
      'Cache-Control': isVersioned(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
      'Last-Modified': info.mtime.toUTCString(),
      Vary: 'Accept-Encoding',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
      ...options.headers,
    };
    if (status === 200 && req.headers['if-modified-since'] === headers['Last-Modified']) {
      res.writeHead(304, headers).end();
      return;
    }
    let body: Buffer = await readFile(file);
    const compress = !INCOMPRESSIBLE.has(ext) && body.length > 1024;
    const encoding = compress ? acceptedEncoding(String(req.headers['accept-encoding'] ?? '')) : null;
    // Written by the build (src/server/precompress.ts): brotli when the client takes it, else gzip.
    const precompressed = encoding ? await readFile(`${file}.${encoding === 'br' ? 'br' : 'gz'}`).catch(() => null) : null;
    if (precompressed) {
      body = precompressed;
      headers['Content-Encoding'] = encoding!;
    } else if (encoding) {
      const key = `${encoding}:${file}`;
      const cached = compressed.get(key);
      if (cached && cached.mtime === info.mtimeMs) {
        body = cached.body;
      } else {
        body = encoding === 'br'
          ? brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } })
          : gzipSync(body, { level: 6 });
        compressed.set(key, { body, mtime: info.mtimeMs });
      }
      headers['Content-Encoding'] = encoding;
    }
    headers['Content-Length'] = String(body.length);
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const fail = async (status: number) => {
      const page = join(root, '404.html');
      try {
        await send(req, res, page, status);
      } catch {
        res.writeHead(status, { 'Content-Type': 'text/plain' }).end(`${status}`);
      }
    };
    (async () => {
      if (req.method !== 'GET' && req.method !== 'HEAD') return fail(405);
      let path: string;
      try {
        path = decodeURIComponent(url.pathname);
      } catch {
        return fail(400);
      }
      if (!path.startsWith(base)) {
        if (path === base.slice(0, -1)) {
          res.writeHead(301, { Location: base }).end();
          return;
        }
        return fail(404);
      }
      const file = normalize(join(root, path.slice(base.length)));
      if (file !== root && !file.startsWith(root + sep)) return fail(404);
      for (const candidate of [file, join(file, 'index.html')]) {
        try {
          if ((await stat(candidate)).isFile()) return send(req, res, candidate);
        } catch {
          /* try the next candidate */
        }
      }
      try {
        if ((await stat(file)).isDirectory() && !path.endsWith('/')) {
          res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
          return;
        }
      } catch {
        /* not a directory either */
      }
      return fail(404);
    })().catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
}
