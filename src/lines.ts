import { closeSync, openSync, readSync } from 'node:fs';

const CHUNK = 1 << 20;

/**
 * The lines of a file, read synchronously in 1 MiB chunks: files of several gigabytes are read
 * without ever being one string (V8 caps a string near 512 MiB). Lines end at `\n`; a trailing
 * `\r` is kept, as JSON parsing ignores it. The file is closed when iteration ends or stops early.
 */
export function* readLines(file: string): Generator<string> {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.allocUnsafe(CHUNK);
    // Bytes of an unfinished line, kept as bytes so a multi-byte character split across chunks decodes whole.
    let rest: Buffer<ArrayBufferLike> = Buffer.alloc(0);
    for (;;) {
      const n = readSync(fd, buf, 0, CHUNK, null);
      if (n === 0) break;
      const data = rest.length ? Buffer.concat([rest, buf.subarray(0, n)]) : buf.subarray(0, n);
      let start = 0;
      for (let nl = data.indexOf(10, start); nl !== -1; nl = data.indexOf(10, start)) {
        yield data.toString('utf8', start, nl);
        start = nl + 1;
      }
      // Copy: `buf` is reused by the next read.
      rest = Buffer.from(data.subarray(start));
    }
    if (rest.length) yield rest.toString('utf8');
  } finally {
    closeSync(fd);
  }
}
