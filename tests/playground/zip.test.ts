/** "Download my files": the .zip the page builds, read back by Python's zipfile (an implementation that is not ours). */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { crc32, zipFiles } from '../../src/playground/zip';

const READ_BACK = `
import io, json, sys, zipfile
with zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read())) as z:
    assert z.testzip() is None
    print(json.dumps({i.filename: [z.read(i).decode("utf-8"), list(i.date_time)] for i in z.infolist()}))
`;

describe('the zip of the reader’s files', () => {
  it.each([
    ['', 0],
    ['123456789', 0xcbf43926],
    ['The quick brown fox jumps over the lazy dog', 0x414fa339],
  ])('computes the CRC-32 of %j as zip does', (text, crc) => {
    expect(crc32(new TextEncoder().encode(text))).toBe(crc);
  });

  it('holds every file, its folders and its text exactly, names and text in UTF-8', () => {
    const files = {
      'mysite/settings.py': 'DEBUG = False\nALLOWED_HOSTS = ["café.example"]\n',
      'blog/urls.py': '',
      '.env': 'DJANGO_SECRET_KEY=é🔑\r\n',
    };
    const zip = zipFiles(files, new Date(2026, 2, 1, 10, 30, 14));
    const read = JSON.parse(execFileSync('python3', ['-c', READ_BACK], { input: zip }).toString()) as Record<string, [string, number[]]>;
    expect(Object.fromEntries(Object.entries(read).map(([name, [text]]) => [name, text]))).toEqual(files);
    expect(read['.env']![1]).toEqual([2026, 3, 1, 10, 30, 14]);
  });

  it('is an empty archive when there is nothing', () => {
    expect(JSON.parse(execFileSync('python3', ['-c', READ_BACK], { input: zipFiles({}) }).toString())).toEqual({});
  });
});
