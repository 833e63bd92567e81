/**
 * What SQLite says about a history file, as one line for the user: a file that is not a
 * database, a corrupt or truncated one, a lock held too long, a read-only file or directory,
 * a full disk. All of these are the user's to fix (exit 2), never "internal error".
 */
import Database from 'better-sqlite3';
import { InputError } from '../errors.js';

function why(code: string, busyMs: number): string {
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return `the history database stayed locked by another process for ${busyMs / 1000} s, beyond the busy timeout; try again when the other scan has finished`;
  if (code.startsWith('SQLITE_READONLY'))
    return 'the history database is read-only: annexa needs to write the file and create files beside it (check the permissions of the file and its directory)';
  if (code.startsWith('SQLITE_CANTOPEN'))
    return 'cannot open the history database or the journal files beside it (check the path and permissions)';
  if (code === 'SQLITE_FULL') return 'the disk is full';
  if (code.startsWith('SQLITE_IOERR')) return 'I/O error reading or writing the history database';
  if (code.startsWith('SQLITE_CORRUPT'))
    return 'the history database is corrupt or truncated; restore it from a backup, or move it aside to start a new history';
  if (code === 'SQLITE_NOTADB') return 'not an annexa history database (not an SQLite file)';
  if (code === 'SQLITE_PERM' || code === 'SQLITE_AUTH') return 'permission denied';
  return 'the history database cannot be used';
}

/**
 * `err` as an input error naming `shownAs` when it is SQLite's (or the filesystem's) complaint
 * about the file; anything else is returned untouched, because it is a bug.
 */
export function historyFailure(err: unknown, shownAs: string, busyMs: number): Error {
  if (err instanceof InputError) return err;
  if (err instanceof Database.SqliteError) return new InputError(shownAs, `${why(err.code, busyMs)} (${err.code}: ${err.message})`);
  return err instanceof Error ? err : new Error(String(err));
}
