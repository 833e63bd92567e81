/**
 * Reads a JSON document too large for one string (a result of a million items is over a
 * gigabyte): the members of one top-level array are cut out byte by byte and parsed one at a
 * time, and the rest of the document, with that array left empty, is parsed whole. Every byte
 * goes through JSON.parse, so a malformed document throws wherever the fault is.
 */
import { createReadStream } from 'node:fs';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const isOpen = (b: number): boolean => b === 0x7b || b === 0x5b;
const isClose = (b: number): boolean => b === 0x7d || b === 0x5d;
const isSpace = (b: number): boolean => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

export interface LargeJson {
  /** The document with the streamed array emptied. */
  rest: Record<string, unknown>;
  /** How many members the streamed array had. */
  count: number;
}

/** Parse `file`, handing each member (an object or array) of the top-level array `key` to `each` instead of keeping it. */
export async function readLargeJson(file: string, key: string, each: (member: unknown) => void): Promise<LargeJson> {
  const marker = new RegExp(`${JSON.stringify(key)}\\s*:\\s*\\[$`);
  const skeleton: Buffer[] = [];
  let member: Buffer[] | undefined;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let inArray = false;
  let separated = true;
  let count = 0;
  const fail = (what: string): never => {
    throw new SyntaxError(`${file}: ${what} in "${key}" after member ${count}`);
  };
  for await (const chunk of createReadStream(file)) {
    const buf = chunk as Buffer;
    // Where the pending skeleton bytes (or member bytes) of this chunk begin.
    let from = 0;
    let i = 0;
    if (inString && escaped) {
      // The previous chunk ended on a backslash: this chunk's first byte is the escaped one.
      escaped = false;
      i = 1;
    }
    for (; i < buf.length; i++) {
      if (inString) {
        // Most bytes are inside strings: jump to the next quote and count the backslashes before it.
        const q = buf.indexOf(QUOTE, i);
        if (q === -1) {
          let k = buf.length - 1;
          while (k >= i && buf[k] === BACKSLASH) k--;
          escaped = (buf.length - 1 - k) % 2 === 1;
          break;
        }
        let k = q - 1;
        while (k >= i && buf[k] === BACKSLASH) k--;
        if ((q - 1 - k) % 2 === 0) inString = false;
        i = q;
        continue;
      }
      const b = buf[i]!;
      if (inArray && depth === 2 && !member) {
        // Between members: one comma between each two, then a member or the array's end.
        if (isSpace(b)) continue;
        if (b === COMMA && !separated) separated = true;
        else if (b === 0x5d) {
          if (separated && count > 0) fail('a trailing comma');
          inArray = false;
          depth--;
          from = i;
        } else if (isOpen(b) && separated) {
          member = [];
          from = i;
          depth++;
        } else fail(`unexpected ${String.fromCharCode(b)}`);
        continue;
      }
      if (b === QUOTE) inString = true;
      else if (isOpen(b)) {
        depth++;
        if (depth === 2 && b === 0x5b && !member) {
          skeleton.push(buf.subarray(from, i + 1));
          from = i + 1;
          const tail = Buffer.concat(skeleton.slice(-4))
            .subarray(-key.length - 64)
            .toString('latin1');
          if (marker.test(tail)) {
            inArray = true;
            separated = true;
            count = 0;
          }
        }
      } else if (isClose(b)) {
        depth--;
        if (member && depth === 2) {
          member.push(buf.subarray(from, i + 1));
          each(JSON.parse(Buffer.concat(member).toString('utf8')));
          count++;
          member = undefined;
          separated = false;
        }
      }
    }
    if (member) member.push(buf.subarray(from));
    else if (!inArray) skeleton.push(buf.subarray(from));
  }
  return { rest: JSON.parse(Buffer.concat(skeleton).toString('utf8')) as Record<string, unknown>, count };
}
