/**
 * The static server behind `npm start` and the browser tests, as a reader's browser meets it:
 * brotli when the browser takes it (Python's snapshot is a quarter smaller than with gzip),
 * gzip otherwise, the files the build precompressed rather than compressing on each request,
 * and the precompressed files themselves decoding to the original. If this broke, the first
 * visit would download megabytes more, or a browser would be sent an encoding it cannot read.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressTree } from '../../src/server/precompress';
import { acceptedEncoding, createStaticServer } from '../../src/server/static-server';

describe('the encoding a browser is answered in', () => {
  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip, deflate', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['identity', null],
    ['', null],
    ['*', 'br'],
  ])('for Accept-Encoding "%s": %s', (header, encoding) => {
    expect(acceptedEncoding(header)).toBe(encoding);
  });
});

describe('precompressed files, served', () => {
  const root = mkdtempSync(join(tmpdir(), 'd2p-serve-'));
  const script = `${'console.log("the course");\n'.repeat(400)}`;
  const server = createStaticServer({ root, base: '/course/' });
  let port = 0;
  beforeAll(async () => {
    writeFileSync(join(root, 'app.js'), script);
    await precompressTree(root);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(root, { recursive: true, force: true });
  });

  const get = (path: string, acceptEncoding: string) =>
    new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
      request({ port, host: '127.0.0.1', path, headers: { 'Accept-Encoding': acceptEncoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
      })
        .on('error', reject)
        .end();
    });

  it('writes a .gz and a .br beside each file, both the file once decoded', () => {
    expect(gunzipSync(readFileSync(join(root, 'app.js.gz'))).toString()).toBe(script);
    expect(brotliDecompressSync(readFileSync(join(root, 'app.js.br'))).toString()).toBe(script);
  });

  it('sends the .br to a browser that takes brotli, the .gz to one that takes gzip only, the file to one that takes neither', async () => {
    const br = await get('/course/app.js', 'gzip, deflate, br');
    expect(br.encoding).toBe('br');
    expect(br.body.equals(readFileSync(join(root, 'app.js.br')))).toBe(true);
    const gz = await get('/course/app.js', 'gzip');
    expect(gz.encoding).toBe('gzip');
    expect(gz.body.equals(readFileSync(join(root, 'app.js.gz')))).toBe(true);
    const plain = await get('/course/app.js', 'identity');
    expect(plain.encoding).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
  });
});
