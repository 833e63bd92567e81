import { closeSync, openSync, readSync } from 'node:fs';

const CHUNK = 1 << 20;
const NL = 10;
const CR = 13;

/** One line of a file: where it starts (a byte offset to come back to), its first and last byte, and its text when asked for. */
export interface FileLine {
  at: number;
  /** 1-based, counted from where reading started. */
  n: number;
  first: number;
  /** The last byte before the line end, ignoring a `\r`; -1 for an empty line. */
  last: number;
  /** Undefined when `decode` declined the line. */
  text: string | undefined;
}

/**
 * The lines of a file from byte offset `from`, read synchronously. Unlike a plain line reader,
 * a long line is gathered as a list of chunks joined once at its end (a 300 MB line costs one
 * copy, not one per chunk), and a line `decode` declines (by its first byte) is never held or
 * decoded, so a pass that needs only some lines of a multi-gigabyte file stays cheap.
 */
export function* fileLines(file: string, from = 0, decode: (first: number) => boolean = () => true): Generator<FileLine> {
  const fd = openSync(file, 'r');
  try {
    let pos = from;
    let parts: Buffer[] = [];
    let at = from;
    let n = 1;
    let first = -1;
    let last = -1;
    let keep = true;
    const line = (): FileLine => {
      const text = keep ? (parts.length === 1 ? parts[0]! : Buffer.concat(parts)).toString('utf8') : undefined;
      return { at, n, first, last, text: text?.endsWith('\r') ? text.slice(0, -1) : text };
    };
    for (;;) {
      // A fresh buffer per read: kept parts are views into it, never copies.
      const buf = Buffer.allocUnsafe(CHUNK);
      const got = readSync(fd, buf, 0, CHUNK, pos);
      if (got === 0) break;
      let s = 0;
      while (s < got) {
        if (first === -1) {
          first = buf[s]!;
          keep = first === NL || decode(first);
        }
        const nl = buf.indexOf(NL, s);
        const end = nl === -1 || nl >= got ? got : nl;
        if (end > s) {
          const b = buf[end - 1]!;
          if (b !== CR) last = b;
          else if (end - 1 > s) last = buf[end - 2]!;
          if (keep) parts.push(buf.subarray(s, end));
        }
        if (end === got) break;
        if (parts.length === 0 && keep) parts.push(Buffer.alloc(0));
        yield line();
        parts = [];
        at = pos + end + 1;
        n++;
        first = -1;
        last = -1;
        s = end + 1;
      }
      pos += got;
    }
    if (first !== -1) {
      if (parts.length === 0 && keep) parts.push(Buffer.alloc(0));
      yield line();
    }
  } finally {
    closeSync(fd);
  }
}
