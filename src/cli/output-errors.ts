import { InputError } from '../errors.js';
import { WriteError } from '../safe-fs.js';
import { shownName } from '../shown-name.js';

/** Errors that mean "this path cannot be written", which the user can fix: not bugs in annexa. */
const UNWRITABLE = new Set(['EACCES', 'EEXIST', 'EISDIR', 'ENOENT', 'ENOSPC', 'ENOTDIR', 'EPERM', 'EROFS']);

/**
 * Run a write and turn a file system refusal into a one-line InputError naming the flag or
 * variable that chose the path (`--out`, `--summary-md`, `$GITHUB_OUTPUT`), so it exits 2.
 */
export function writingTo<T>(source: string, write: () => T): T {
  try {
    return write();
  } catch (err) {
    throw refusal(source, err);
  }
}

/** `writingTo` for a write that lets the event loop turn. */
export async function writingToAsync<T>(source: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    throw refusal(source, err);
  }
}

/** The error to throw for `err`: a refusal the user can fix as an InputError naming `source`, anything else as it was. */
function refusal(source: string, err: unknown): unknown {
  if (err instanceof WriteError)
    return new InputError(source, `cannot write ${shownName(err.path)}: ${err.why.replace(/^cannot write: /, '')}`);
  const e = err as NodeJS.ErrnoException;
  if (typeof e?.code === 'string' && UNWRITABLE.has(e.code))
    return new InputError(source, `cannot write ${e.path === undefined ? 'the file' : shownName(e.path)} (${e.code})`);
  return err;
}
