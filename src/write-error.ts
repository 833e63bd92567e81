/**
 * Errors of paths that cannot be written: the user's to fix (a full disk, a read-only directory),
 * so one line naming the path and exit 2. Apart from safe-fs so the scratch-space code, which
 * safe-fs itself uses, can raise them without an import circle.
 */
import { InputError } from './errors.js';

const WHY: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exceeded',
  EROFS: 'the filesystem is read-only',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  ENAMETOOLONG: 'the name is too long',
  EEXIST: 'already exists',
  ENOENT: 'no such file or directory',
  EBUSY: 'the file is busy',
};

/** A path that cannot be written: the user's to fix, so exit 2; callers may name the flag that chose it. */
export class WriteError extends InputError {
  constructor(
    readonly path: string,
    readonly why: string,
  ) {
    super(path, why);
    this.name = 'WriteError';
  }
}

/** A filesystem error as one line naming what the user asked for. */
export function fsError(err: unknown, shownAs: string): WriteError {
  if (err instanceof WriteError) return err;
  const code = (err as { code?: string }).code ?? '';
  const why = WHY[code] ?? (err instanceof Error ? err.message : String(err));
  return new WriteError(shownAs, `cannot write: ${why}${code ? ` (${code})` : ''}`);
}

/** A failed write of a scratch file (spools, excerpts): the user's full or unwritable TMPDIR, not a bug. */
export function scratchWriteError(err: unknown, file: string): WriteError {
  return fsError(err, `${file} (scratch space under TMPDIR)`);
}
