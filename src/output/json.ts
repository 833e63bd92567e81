import { join } from 'node:path';
import { writeFileAtomicStream } from '../safe-fs.js';
import type { ResultDocument } from './result.js';

export const JSON_FILE = 'annexa-result.json';

/**
 * The result document, indented as before, with one item per line: written item by item, so a
 * run of millions of items never becomes one string, and the items stay greppable line by line.
 */
export function writeJson(outDir: string, result: ResultDocument): string {
  const file = join(outDir, JSON_FILE);
  const { items, ...rest } = result;
  const head = JSON.stringify(rest, null, 2);
  writeFileAtomicStream(file, (write) => {
    write(head.slice(0, -2));
    write(',\n  "items": [');
    let first = true;
    for (const line of items.lines()) {
      write(first ? '\n    ' : ',\n    ');
      write(line);
      first = false;
    }
    write(first ? ']\n}\n' : '\n  ]\n}\n');
  });
  return file;
}
