/**
 * A small zip reader on node:zlib, for submissions handed in as a .zip (GitHub's "Download ZIP",
 * an LMS export). It reads the central directory, then each entry's bytes, into memory: nothing is
 * ever written to disk, so an entry's path cannot climb out of anywhere; paths that try (`../`,
 * `/etc/...`, `C:\...`) are refused all the same, as are symbolic links, encrypted entries, zip64,
 * compression methods other than stored and deflate, and entries larger than the limits say.
 */
import { crc32, inflateRawSync } from 'node:zlib';

export class ZipError extends Error {}

interface ZipEntry {
  /** The entry's path as stored ('/'-separated), directories excluded. */
  path: string;
  bytes: Uint8Array;
}

export interface ZipLimits {
  maxEntries: number;
  maxFileBytes: number;
  maxTotalBytes: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const UTF8 = new TextDecoder('utf-8', { fatal: true });

function findEndOfDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535, at the very end.
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 65535); at--) {
    if (zip.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  throw new ZipError('it is not a zip file (no end-of-directory record: corrupt, or cut short)');
}

/** A path inside the zip, or why it is refused. */
function entryPath(raw: string): string {
  if (raw.includes('\0')) throw new ZipError(`an entry's name holds a NUL character`);
  const path = raw.replace(/\\/g, '/');
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) throw new ZipError(`the entry ${JSON.stringify(raw)} has an absolute path`);
  const parts = path.split('/').filter((part) => part !== '' && part !== '.');
  if (parts.includes('..')) throw new ZipError(`the entry ${JSON.stringify(raw)} climbs out of the zip's folder (..)`);
  return parts.join('/');
}

export function readZip(zip: Buffer, limits: ZipLimits): ZipEntry[] {
  if (zip.length < 22) throw new ZipError('it is not a zip file (too short)');
  const end = findEndOfDirectory(zip);
  const count = zip.readUInt16LE(end + 10);
  const directorySize = zip.readUInt32LE(end + 12);
  let at = zip.readUInt32LE(end + 16);
  if (count === 0xffff || at === 0xffffffff) throw new ZipError('it is a zip64 archive, which the grader does not read (re-zip it with fewer, smaller files)');
  if (at + directorySize > end) throw new ZipError('its central directory lies outside the file (corrupt)');
  if (count > limits.maxEntries) throw new ZipError(`it holds ${count} entries; at most ${limits.maxEntries} are read`);
  const entries: ZipEntry[] = [];
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || zip.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new ZipError('its central directory is corrupt');
    const madeBy = zip.readUInt16LE(at + 4) >> 8;
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const compressed = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const mode = zip.readUInt32LE(at + 38) >>> 16;
    const localAt = zip.readUInt32LE(at + 42);
    const nameBytes = zip.subarray(at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    let raw: string;
    try {
      raw = UTF8.decode(nameBytes);
    } catch {
      throw new ZipError(`an entry's name is not UTF-8 (${nameBytes.toString('latin1')}); rename the file and zip it again`);
    }
    const path = entryPath(raw);
    if (raw.endsWith('/') || path === '') continue; // a directory
    if (madeBy === 3 && (mode & 0o170000) === 0o120000) throw new ZipError(`${path} is a symbolic link; a submission holds only files`);
    if (flags & 1) throw new ZipError(`${path} is encrypted`);
    if (size > limits.maxFileBytes) throw new ZipError(`${path} is ${megabytes(size)}; a file may be at most ${megabytes(limits.maxFileBytes)}`);
    total += size;
    if (total > limits.maxTotalBytes) throw new ZipError(`its files come to more than ${megabytes(limits.maxTotalBytes)}`);
    if (localAt + 30 > zip.length || zip.readUInt32LE(localAt) !== LOCAL_HEADER) throw new ZipError(`${path}: its local header is missing (corrupt)`);
    const dataAt = localAt + 30 + zip.readUInt16LE(localAt + 26) + zip.readUInt16LE(localAt + 28);
    if (dataAt + compressed > zip.length) throw new ZipError(`${path}: its data is cut short (corrupt)`);
    const data = zip.subarray(dataAt, dataAt + compressed);
    let bytes: Uint8Array;
    if (method === 0) {
      bytes = data;
    } else if (method === 8) {
      try {
        bytes = inflateRawSync(data, { maxOutputLength: Math.max(1, size) });
      } catch (error) {
        throw new ZipError(`${path} does not decompress (${(error as Error).message}): corrupt, or larger than it says`);
      }
    } else {
      throw new ZipError(`${path} is compressed with method ${method}; only stored and deflate are read`);
    }
    if (bytes.length !== size || crc32(bytes) >>> 0 !== crc) throw new ZipError(`${path} is corrupt (its size or checksum is wrong)`);
    entries.push({ path, bytes });
  }
  return entries;
}

export function megabytes(bytes: number): string {
  return `${(bytes / 2 ** 20).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;
}
