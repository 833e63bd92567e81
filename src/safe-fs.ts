/**
 * Writing files so that nothing is half-written, nothing hangs and no error is a stack trace:
 * - directories are made level by level from the first existing ancestor (Node's recursive
 *   mkdir spins forever under /proc), and pseudo filesystems are refused up front;
 * - files are written beside their target and renamed into place, so a kill or a full disk
 *   leaves the previous file or none, never a truncated one;
 * - filesystem errors (full disk, read-only, permissions, a directory where a file belongs)
 *   become one-line input errors naming the path as the user gave it.
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  type Stats,
  statSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { BackgroundFile, writeAllSync } from './background-write.js';
import { release, removeOnExit } from './cleanup.js';
import { InputError } from './errors.js';
import { shownName } from './shown-name.js';

/** Kernel pseudo filesystems: writing reports there is never what anyone meant. */
const PSEUDO = ['/proc', '/sys'];

import { fsError, WriteError } from './write-error.js';

export { fsError, scratchWriteError, WriteError } from './write-error.js';

function underPseudo(path: string): boolean {
  return PSEUDO.some((p) => path === p || path.startsWith(`${p}${sep}`));
}

/** Create `dir` and any missing parents, one level at a time; refuse pseudo filesystems. */
export function ensureDir(dir: string, shownAs: string = dir): void {
  const abs = resolve(dir);
  const missing: string[] = [];
  let at = abs;
  while (!existsSync(at)) {
    missing.unshift(at);
    const up = dirname(at);
    if (up === at) break;
    at = up;
  }
  let real: string;
  try {
    real = realpathSync(at);
  } catch (err) {
    throw fsError(err, shownAs);
  }
  if (underPseudo(real) || underPseudo(abs))
    throw new WriteError(shownAs, `is on a kernel pseudo filesystem (${shownName(real)}); choose a real directory`);
  if (!statSync(real).isDirectory())
    throw new WriteError(shownAs, at === abs ? 'exists and is not a directory' : `${shownName(at)} is not a directory`);
  for (const level of missing) {
    try {
      mkdirSync(level);
    } catch (err) {
      // Another writer may have made it meanwhile.
      if ((err as { code?: string }).code === 'EEXIST' && statSync(level).isDirectory()) continue;
      throw fsError(err, shownAs);
    }
  }
}

/**
 * A sibling name no other writer picks: hidden, with pid and randomness. Its caller renames it
 * over `path`, so a device, FIFO or socket standing there is refused: renaming over `/dev/full`
 * would replace the device node itself (as root, for good) instead of writing to it.
 */
export function tempBeside(path: string, shownAs: string = path): string {
  let st: ReturnType<typeof lstatSync> | undefined;
  try {
    st = lstatSync(path);
  } catch {
    st = undefined;
  }
  if (st && (st.isCharacterDevice() || st.isBlockDevice() || st.isFIFO() || st.isSocket()))
    throw new WriteError(shownAs, 'is a device, FIFO or socket, not a file; annexa will not replace it (name a regular file)');
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * What an output path names, and whether it is written through a link rather than replaced. A
 * symbolic link to something other than a file is judged by its target, and so is any link into
 * /proc (`/dev/stdout` links to `/proc/self/fd/1`, a terminal, a pipe or the file the shell
 * redirected to): renaming over it would replace the link. A link to a file elsewhere (or a
 * dangling one) is the link, which the rename replaces.
 */
function outputTarget(abs: string): { st: Stats; through: boolean; pipe: boolean } {
  const st = lstatSync(abs);
  if (!st.isSymbolicLink()) return { st, through: false, pipe: false };
  const target = statSync(abs);
  const fd = underPseudo(resolve(dirname(abs), readlinkSync(abs)));
  if (target.isFile() && !fd) return { st, through: false, pipe: false };
  // A pipe this process already writes to (`| jq`) has its reader: unlike a FIFO, opening it does not wait.
  return { st: target, through: true, pipe: fd && target.isFIFO() };
}

/**
 * Write `data` to `file` atomically: temp file in the same directory, fsync, rename. A target
 * that is a character device (`/dev/stdout`, `/dev/null`) is written directly: it cannot be renamed over.
 */
export function writeFileAtomic(file: string, data: string | Uint8Array, shownAs: string = file): void {
  const abs = resolve(file);
  ensureDir(dirname(abs), shownAs);
  if (existsSync(abs)) {
    const { st, through, pipe } = outputTarget(abs);
    if (st.isDirectory()) throw new WriteError(shownAs, 'is a directory; name a file');
    // Opening a FIFO for writing waits for a reader, possibly forever.
    if ((st.isFIFO() && !pipe) || st.isSocket()) throw new WriteError(shownAs, 'is a FIFO; name a regular file (or /dev/stdout)');
    if (st.isCharacterDevice() || through) {
      writeDirect(abs, data, shownAs, false, through);
      return;
    }
  }
  const tmp = tempBeside(abs);
  removeOnExit(tmp);
  try {
    writeDirect(tmp, data, shownAs, true);
    renameSync(tmp, abs);
    release(tmp);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err instanceof InputError ? err : fsError(err, shownAs);
  }
}

/** `append`: a link into /proc/self/fd opens the file again, and `w` would truncate what a `>>` redirect keeps. */
function writeDirect(path: string, data: string | Uint8Array, shownAs: string, sync = false, append = false): void {
  let fd: number | undefined;
  try {
    fd = openSync(path, sync ? 'wx' : append ? 'a' : 'w');
    writeAllSync(fd, data);
    if (sync) fsyncSync(fd);
  } catch (err) {
    throw fsError(err, shownAs);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Build a directory beside `dir` and swap it into place, so readers see the old tree or the new
 * one. `isOurs` says whether an existing `dir` may be replaced (the caller checked it is ours).
 */
export function replaceDirAtomic(dir: string, shownAs: string, build: (tmpDir: string) => void): void {
  const abs = resolve(dir);
  ensureDir(dirname(abs), shownAs);
  const fresh = tempBeside(abs);
  removeOnExit(fresh);
  try {
    mkdirSync(fresh);
    build(fresh);
  } catch (err) {
    rmSync(fresh, { recursive: true, force: true });
    throw err instanceof InputError ? err : fsError(err, shownAs);
  }
  const old = existsSync(abs) ? tempBeside(abs) : undefined;
  try {
    if (old) renameSync(abs, old);
    renameSync(fresh, abs);
    release(fresh);
  } catch (err) {
    if (old && !existsSync(abs) && existsSync(old)) renameSync(old, abs);
    rmSync(fresh, { recursive: true, force: true });
    throw fsError(err, shownAs);
  }
  if (old) rmSync(old, { recursive: true, force: true });
}

/**
 * Hold `<path>.lock` while `fn` runs, so two scans never interleave writes to one target. A lock
 * left by a process that no longer exists is taken over.
 */
export function withLock<T>(path: string, shownAs: string, fn: () => T): T {
  const lock = `${resolve(path)}.lock`;
  ensureDir(dirname(lock), shownAs);
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (err) {
      if ((err as { code?: string }).code !== 'EEXIST' || attempt > 0) {
        if ((err as { code?: string }).code === 'EEXIST')
          throw new InputError(
            shownAs,
            `another annexa process is writing it (lock ${shownName(lock)}); wait for it, or remove the lock if none runs`,
          );
        throw fsError(err, shownAs);
      }
      if (!staleLock(lock)) {
        throw new InputError(
          shownAs,
          `another annexa process is writing it (lock ${shownName(lock)}); wait for it, or remove the lock if none runs`,
        );
      }
      rmSync(lock, { force: true });
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { force: true });
  }
}

function staleLock(lock: string): boolean {
  try {
    const pid = Number.parseInt(readFileSync(lock, 'utf8').slice(0, 32), 10);
    if (!Number.isInteger(pid) || pid <= 0) return true;
    process.kill(pid, 0);
    return false;
  } catch (err) {
    const code = (err as { code?: string }).code;
    return code === 'ESRCH' || code === 'ENOENT';
  }
}

/** A file being written in pieces; nothing is at its target until `commit()`. */
export interface AtomicWriter {
  write(s: string): void;
  /** Bytes as they are, after what was written before: copied output skips decoding and encoding. */
  writeBytes(b: Uint8Array): void;
  /** Flush, fsync and rename into place. */
  commit(): void;
  /** Give up: the temporary file goes, the target is untouched. */
  abort(): void;
}

/**
 * `writeFileAtomic` for output made in pieces, pushed as they come: the pieces go to disk in
 * 1 MiB batches, so a multi-gigabyte file is never one string. Errors become `fsError`s.
 */
export function openFileAtomic(file: string, shownAs: string = file): AtomicWriter {
  const abs = resolve(file);
  ensureDir(dirname(abs), shownAs);
  let direct = false;
  let append = false;
  if (existsSync(abs)) {
    const { st, through, pipe } = outputTarget(abs);
    if (st.isDirectory()) throw new WriteError(shownAs, 'is a directory; name a file');
    if ((st.isFIFO() && !pipe) || st.isSocket()) throw new WriteError(shownAs, 'is a FIFO; name a regular file (or /dev/stdout)');
    direct = st.isCharacterDevice() || through;
    append = through;
  }
  const target = direct ? abs : tempBeside(abs);
  if (!direct) removeOnExit(target);
  let fd: number | undefined;
  try {
    fd = openSync(target, append ? 'a' : direct ? 'w' : 'wx');
  } catch (err) {
    throw fsError(err, shownAs);
  }
  let buf = '';
  // A file past its first 1 MiB is written from the writer thread; a small one never starts it.
  let bg: BackgroundFile | undefined;
  const abort = (): void => {
    if (fd !== undefined) {
      try {
        bg?.drain();
      } catch {
        // The file is being discarded: its write errors no longer matter.
      }
      closeSync(fd);
    }
    fd = undefined;
    if (!direct) {
      rmSync(target, { force: true });
      release(target);
    }
  };
  const guarded = (step: (out: number) => void): void => {
    if (fd === undefined) throw new Error(`${shownAs} is no longer open for writing`);
    try {
      step(fd);
    } catch (err) {
      abort();
      throw err instanceof InputError ? err : fsError(err, shownAs);
    }
  };
  const writeAll = (out: number, bytes: string | Uint8Array): void => {
    bg ??= new BackgroundFile(out);
    bg.write(bytes);
  };
  const flush = (out: number): void => {
    if (buf) writeAll(out, buf);
    buf = '';
  };
  return {
    write(s) {
      buf += s;
      // Then in batches of a ring slot: see BackgroundFile's SLOT.
      if (buf.length >= (bg ? 1 << 16 : 1 << 20)) guarded(flush);
    },
    writeBytes(b) {
      guarded((out) => {
        flush(out);
        writeAll(out, b);
      });
    },
    commit() {
      guarded((out) => {
        if (bg) {
          flush(out);
          bg.drain();
        } else if (buf) writeAllSync(out, buf);
        buf = '';
        if (!direct) fsyncSync(out);
        closeSync(out);
        fd = undefined;
        if (!direct) {
          renameSync(target, abs);
          release(target);
        }
      });
    },
    abort,
  };
}

/**
 * `writeFileAtomicStream` for a producer that lets the event loop turn (`loop-turn.ts`) while it
 * writes: a signal's handler then runs mid-file, removing the temporary file, instead of waiting
 * for every output of a large run.
 */
export async function writeFileAtomicStreamAsync(
  file: string,
  produce: (write: (s: string) => void, writeBytes: (b: Uint8Array) => void) => Promise<void>,
  shownAs: string = file,
): Promise<void> {
  const out = openFileAtomic(file, shownAs);
  try {
    await produce(out.write, out.writeBytes);
  } catch (err) {
    out.abort();
    throw err instanceof InputError ? err : fsError(err, shownAs);
  }
  out.commit();
}

/** `openFileAtomic` for a producer that writes everything in one call. */
export function writeFileAtomicStream(
  file: string,
  produce: (write: (s: string) => void, writeBytes: (b: Uint8Array) => void) => void,
  shownAs: string = file,
): void {
  const out = openFileAtomic(file, shownAs);
  try {
    produce(out.write, out.writeBytes);
  } catch (err) {
    out.abort();
    throw err instanceof InputError ? err : fsError(err, shownAs);
  }
  out.commit();
}
