/**
 * The zip `npm run package` makes. If it broke, the archive a teacher uploads to their host
 * would not unpack, or unpack with a file missing or changed (a page, Python's snapshot).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { zipFolder } from '../../src/hosting/site-zip';
import { crc32 } from '../../src/playground/zip';

/** Read a zip back through its central directory, as an unzip tool does. */
function unzip(zip: Buffer): Record<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files: Record<string, Buffer> = {};
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + size);
    const data = method === 8 ? inflateRawSync(raw) : Buffer.from(raw);
    expect(crc32(data)).toBe(crc);
    files[name] = data;
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return files;
}

describe('the packaged site', () => {
  const root = mkdtempSync(join(tmpdir(), 'd2p-zip-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('holds every file of the build at the archive’s root, each as it was', () => {
    const files: Record<string, Buffer> = {
      'index.html': Buffer.from('<h1>Django to Production</h1>\n'.repeat(50)),
      'caching/index.html': Buffer.from('<h1>Caching</h1>'),
      'caching/index.html.gz': Buffer.from([0x1f, 0x8b, 1, 2, 3]),
      '_headers': Buffer.from('/*\n  Cross-Origin-Opener-Policy: same-origin\n'),
      '.htaccess': Buffer.from('AddType application/wasm .wasm\n'),
      'pyodide/314.0.7/engine.snapshot': Buffer.from(Array.from({ length: 5000 }, (_, i) => i % 251)),
    };
    for (const [path, data] of Object.entries(files)) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), data);
    }
    const zip = zipFolder(root);
    expect(unzip(zip)).toEqual(files);
    // Text is deflated: the archive is smaller than what it holds.
    expect(zip.length).toBeLessThan(Object.values(files).reduce((sum, data) => sum + data.length, 0));
  });
});
