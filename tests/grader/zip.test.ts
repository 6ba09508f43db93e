/** The grader's zip reader: a teacher's batch of zips read right, and every broken or hostile zip refused with its reason. */
import { describe, expect, it } from 'vitest';
import { readZip } from '../../src/grader/zip';
import { LIMITS } from '../../src/grader/submission';
import { makeZip } from './zips';

const read = (entries: Parameters<typeof makeZip>[0]) => readZip(makeZip(entries), LIMITS);

describe('the zip reader', () => {
  it('reads stored and deflated files, skipping folders', () => {
    const entries = read([{ name: 'mysite/' }, { name: 'mysite/settings.py', data: 'DEBUG = False\n' }, { name: 'manage.py', data: 'x', store: true }]);
    expect(entries.map((e) => [e.path, Buffer.from(e.bytes).toString()])).toEqual([
      ['mysite/settings.py', 'DEBUG = False\n'],
      ['manage.py', 'x'],
    ]);
  });

  it.each([
    ['../evil.py', /climbs out/],
    ['mysite/../../evil.py', /climbs out/],
    ['/etc/cron.d/evil', /absolute path/],
    ['C:\\Windows\\evil', /absolute path/],
    ['..\\evil.py', /climbs out/],
  ])('refuses a path that climbs out (zip-slip): %s', (name, message) => {
    expect(() => read([{ name, data: 'x' }])).toThrow(message);
  });

  it('refuses symbolic links', () => {
    expect(() => read([{ name: 'mysite/settings.py', data: '/etc/passwd', mode: 0o120777 }])).toThrow(/symbolic link/);
  });

  it('refuses names that are not UTF-8', () => {
    expect(() => read([{ name: Buffer.from([0x66, 0xff, 0x2e, 0x70, 0x79]), data: 'x' }])).toThrow(/not UTF-8/);
  });

  it('refuses a file larger than the limit before inflating it', () => {
    expect(() => read([{ name: 'big.bin', data: Buffer.alloc(1), size: 100 * 2 ** 20 }])).toThrow(/100 MB; a file may be at most 2 MB/);
  });

  it('refuses a file that inflates to more than it says (a zip bomb)', () => {
    expect(() => read([{ name: 'bomb.txt', data: Buffer.alloc(5 * 2 ** 20), size: 10 }])).toThrow(/larger than it says|corrupt/);
  });

  it('refuses corrupt zips: cut short, a wrong checksum, not a zip at all', () => {
    const zip = makeZip([{ name: 'a.py', data: 'print(1)\n' }]);
    expect(() => readZip(zip.subarray(0, zip.length - 5), LIMITS)).toThrow(/not a zip file/);
    expect(() => read([{ name: 'a.py', data: 'x', crc: 1 }])).toThrow(/corrupt/);
    expect(() => readZip(Buffer.from('PK this is not a zip at all, only text'), LIMITS)).toThrow(/not a zip file/);
  });
});
