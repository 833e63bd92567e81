import { join } from 'node:path';
import { turn, turnDue } from '../loop-turn.js';
import { writeFileAtomicStreamAsync } from '../safe-fs.js';
import type { ResultDocument } from './result.js';

export const JSON_FILE = 'annexa-result.json';

const FIRST = Buffer.from('\n    ');
const NEXT = Buffer.from(',\n    ');

/**
 * JSON Lines bytes (each line ending in `\n`, none empty) as the lines of the items array: every
 * line but the first after `,\n    `. A chunk may end mid-line or mid-character; bytes are copied
 * as they are, so that does not matter. Each buffer yielded is valid until the next is asked for.
 */
function* arrayBytes(chunks: Iterable<Buffer>): Generator<Buffer> {
  let atStart = true;
  let started = false;
  let out = Buffer.alloc(0);
  for (const chunk of chunks) {
    let lines = 0;
    for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, nl + 1)) lines++;
    const need = chunk.length + (lines + 1) * NEXT.length;
    // One buffer, grown when a chunk needs more: the writer copies it out before the next.
    if (out.length < need) out = Buffer.allocUnsafe(need);
    let w = 0;
    let from = 0;
    while (from < chunk.length) {
      if (atStart) {
        w += (started ? NEXT : FIRST).copy(out, w);
        started = true;
        atStart = false;
      }
      const nl = chunk.indexOf(10, from);
      const end = nl === -1 ? chunk.length : nl;
      w += chunk.copy(out, w, from, end);
      if (nl === -1) break;
      atStart = true;
      from = nl + 1;
    }
    if (w) yield out.subarray(0, w);
  }
}

/**
 * The result document, indented as before, with one item per line: written item by item, so a
 * run of millions of items never becomes one string, and the items stay greppable line by line.
 * Items spooled to disk are copied from the spool's bytes, which are already each item's JSON.
 */
export async function writeJson(outDir: string, result: ResultDocument): Promise<string> {
  const file = join(outDir, JSON_FILE);
  const { items, ...rest } = result;
  const head = JSON.stringify(rest, null, 2);
  await writeFileAtomicStreamAsync(file, async (write, writeBytes) => {
    write(head.slice(0, -2));
    write(',\n  "items": [');
    let first = true;
    if (items.bytes) {
      for (const b of arrayBytes(items.bytes())) {
        writeBytes(b);
        if (turnDue()) await turn();
      }
      first = items.count === 0;
    } else {
      for (const line of items.lines()) {
        write(first ? '\n    ' : ',\n    ');
        write(line);
        first = false;
        if (turnDue()) await turn();
      }
    }
    write(first ? ']\n}\n' : '\n  ]\n}\n');
  });
  return file;
}
