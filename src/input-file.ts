import { closeSync, constants, fstatSync, openSync, readSync, type Stats, statSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { InputError } from './errors.js';
import { describeIssue } from './input-issue.js';
import { prebuiltYaml } from './prebuilt-yaml.js';

/**
 * YAML larger than this is refused: the parser needs seconds per megabyte, so a 10 MB waiver
 * file would stall a CI gate for minutes, and no config, waiver or map file is near this size.
 */
export const YAML_LIMIT = 4 * 1024 * 1024;

const KIND: [(st: Stats) => boolean, string][] = [
  [(st) => st.isDirectory(), 'is a directory, not a file'],
  [(st) => st.isFIFO(), 'is a FIFO, not a regular file'],
  [(st) => st.isSocket(), 'is a socket, not a regular file'],
  [(st) => st.isCharacterDevice() || st.isBlockDevice(), 'is a device, not a regular file'],
];

/**
 * Refuse, before reading, a path that is not a regular file (for readers that read a large file
 * in pieces rather than through `readUserText`): `/dev/zero` or a FIFO would never end.
 */
export function regularFile(path: string, shownAs: string, notFound = 'file not found'): void {
  let st: Stats;
  try {
    st = statSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(shownAs, code === 'ENOENT' ? notFound : `cannot read (${code ?? String(err)})`);
  }
  for (const [is, why] of KIND) if (is(st)) throw new InputError(shownAs, why);
}

/**
 * The text of a file the user handed us, refusing what would hang or exhaust memory: a FIFO
 * (blocks until a writer appears), a device (`/dev/zero` never ends) and a file over `limit`
 * bytes. Opened once and checked through the descriptor, so the file checked is the file read.
 */
/** A UTF-8 byte order mark, as Windows editors write, is no part of the JSON or YAML text. */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function readUserText(path: string, shownAs: string, limit = Number.POSITIVE_INFINITY): string {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(shownAs, code === 'ENOENT' ? 'file not found' : `cannot read (${code ?? String(err)})`);
  }
  try {
    const st = fstatSync(fd);
    for (const [is, why] of KIND) if (is(st)) throw new InputError(shownAs, why);
    if (st.size > limit) throw new InputError(shownAs, `is ${mib(st.size)}; files of this kind are limited to ${mib(limit)}`);
    const buf = Buffer.alloc(st.size);
    let off = 0;
    while (off < st.size) {
      const n = readSync(fd, buf, off, st.size - off, off);
      if (n === 0) break;
      off += n;
    }
    return withoutBom(buf.toString('utf8', 0, off));
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(shownAs, `cannot read (${code ?? String(err)})`);
  } finally {
    closeSync(fd);
  }
}

function mib(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

/**
 * Read a YAML or JSON file the user handed us and validate it. Every problem,
 * from a missing file to one bad field, becomes an InputError naming the file (as given) and the field.
 */
export function readInputFile<S extends z.ZodType>(path: string, shownAs: string, syntax: 'yaml' | 'json', schema: S): z.infer<S> {
  const text = readUserText(path, shownAs, syntax === 'yaml' ? YAML_LIMIT : Number.POSITIVE_INFINITY);
  let raw: unknown;
  try {
    // An empty YAML document means "nothing set", as for an empty config file.
    // Shipped YAML comes parsed from the build when its text is unchanged (see prebuilt-yaml.ts).
    raw = syntax === 'yaml' ? (prebuiltYaml(text) ?? parseYaml(text) ?? {}) : JSON.parse(text);
  } catch (err) {
    const msg = err instanceof Error ? err.message.split('\n')[0]! : String(err);
    throw new InputError(shownAs, `not valid ${syntax === 'yaml' ? 'YAML' : 'JSON'}: ${msg}`);
  }
  const res = schema.safeParse(raw);
  if (!res.success) {
    const { path, message } = describeIssue(res.error.issues[0]!);
    throw new InputError(shownAs, `${path}: ${message}`);
  }
  return res.data;
}
