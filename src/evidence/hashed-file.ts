/**
 * Bundle files written and read in pieces, hashed as the bytes pass: a bundle of a million items
 * is never one string or one buffer, and no file is read back whole to hash it.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { BackgroundFile } from '../background-write.js';
import { Digester, type FileDigest } from '../digest.js';

const CHUNK = 1 << 20;

export { Digester, type FileDigest } from '../digest.js';

/**
 * Write `lines` to a new file, one per line, through one 1 MiB buffer the lines are encoded into
 * (no string of the batch, no buffer per batch); returns the file's digest.
 */
export function writeLinesHashed(path: string, lines: Iterable<string>): FileDigest {
  const out = new BackgroundFile(openSync(path, 'wx'), true);
  try {
    const buf = Buffer.allocUnsafe(CHUNK);
    let used = 0;
    const flush = (): void => {
      out.write(buf.subarray(0, used));
      used = 0;
    };
    for (const line of lines) {
      // A UTF-16 unit is at most 3 bytes of UTF-8, so a line that fits by this bound fits whole.
      if (used + line.length * 3 + 1 > CHUNK) flush();
      if (line.length * 3 + 1 > CHUNK) {
        out.write(`${line}\n`);
        continue;
      }
      used += buf.write(line, used);
      buf[used++] = 0x0a;
    }
    flush();
  } catch (err) {
    out.close();
    throw err;
  }
  return out.close()!;
}

/** Write byte chunks (a spool's lines, already encoded) to a new file; returns its digest. */
export function writeBytesHashed(path: string, chunks: Iterable<Buffer>): FileDigest {
  const out = new BackgroundFile(openSync(path, 'wx'), true);
  try {
    for (const data of chunks) out.write(data);
  } catch (err) {
    out.close();
    throw err;
  }
  return out.close()!;
}

/** SHA-256 and size of a file, read in 1 MiB chunks. */
export function hashFile(path: string): FileDigest {
  const fd = openSync(path, 'r');
  const d = new Digester();
  try {
    const buf = Buffer.allocUnsafe(CHUNK);
    for (let n = readSync(fd, buf, 0, CHUNK, null); n > 0; n = readSync(fd, buf, 0, CHUNK, null)) d.update(buf.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return d.digest();
}
