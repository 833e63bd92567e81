/**
 * Temporary paths this process made (spools, files being written beside their targets), removed
 * however the process ends short of a hard kill: normal exit, or Ctrl-C / SIGTERM / SIGHUP,
 * after which the process exits with the usual 128 + signal number. A killed scan therefore
 * leaves neither a half-written output (writes are renamed into place) nor stray temporaries.
 */
import {
  closeSync,
  lstatSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readlinkSync,
  readSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { scratchWriteError } from './write-error.js';

const paths = new Set<string>();
let exitHooked = false;
/** The signal listeners now installed: only while something needs them (see `settle`). */
const listeners = new Map<string, () => void>();

function removeAll(): void {
  for (const p of paths)
    try {
      rmSync(p, { recursive: true, force: true });
    } catch {
      // One that will not go (NFS keeps an open file's directory) must neither keep the others nor
      // change the exit: a scratch directory left behind is swept by a later run.
    }
  paths.clear();
}

const SIGNALS = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const;

/** What must stop before the scratch paths go: evaluation workers writing into them. */
const stoppers = new Set<() => Promise<unknown>>();
let stoppingNow = false;
/** Runs that want a signal said on stderr (`handleSignals`); a test runner stopping its workers is not told. */
let announce = 0;
/**
 * How long a signal waits for `stoppers` before removing and exiting anyway: terminating a
 * worker takes milliseconds, and CI runners follow a signal with SIGKILL after a few seconds.
 */
const STOP_WAIT_MS = 2000;

/** The exit status of the signal being handled; set by the first one. */
let exitCode: number | undefined;

function interrupted(sig: string, no: number): void {
  // A second signal (Ctrl-C twice, SIGTERM after SIGINT) while workers stop ends at once, still removing
  // the temporary paths and under the first one's status: the default action would leave them, and
  // announcing again would print a second line.
  if (exitCode !== undefined) {
    removeAll();
    process.exit(exitCode);
  }
  exitCode = 128 + no;
  stoppingNow = true;
  // One line, for the person who pressed Ctrl-C or the CI log; a progress line on a terminal is cleared first.
  if (announce)
    try {
      writeSync(2, `${process.stderr.isTTY ? '\r\x1b[2K' : ''}annexa: interrupted by ${sig}; stopped and removed temporary files\n`);
    } catch {
      // A closed or full stderr must not keep the process from ending.
    }
  const end = (): void => {
    removeAll();
    process.exit(128 + no);
  };
  if (stoppers.size === 0) {
    end();
    return;
  }
  setTimeout(end, STOP_WAIT_MS);
  void Promise.allSettled([...stoppers].map((stop) => stop())).then(end);
}

function install(): void {
  if (!exitHooked) {
    exitHooked = true;
    process.once('exit', removeAll);
  }
  if (listeners.size > 0 || stoppingNow) return;
  for (const [sig, no] of Object.entries(SIGNALS)) {
    const listener = (): void => interrupted(sig, no);
    listeners.set(sig, listener);
    process.on(sig, listener);
  }
}

function uninstall(): void {
  for (const [sig, listener] of listeners) process.off(sig, listener);
  listeners.clear();
}

/**
 * Give the signals back (to a library caller, a test runner, the default action) once no scan,
 * temporary path or stopper needs them: left installed, a later Ctrl-C would exit the host process.
 */
function settle(): void {
  if (announce === 0 && paths.size === 0 && stoppers.size === 0) uninstall();
}

/**
 * Handle Ctrl-C, SIGTERM and SIGHUP from now on (exit 128 + signal after removing temporary
 * paths), before the process made any: a scan ends the same way whenever the signal arrives.
 * Until the returned function is called, the signal is also named in one line on stderr.
 */
export function handleSignals(): () => void {
  install();
  announce++;
  let done = false;
  return () => {
    if (!done) announce--;
    done = true;
    settle();
  };
}

/** Whether a signal is ending the process: work that fails because it was stopped says nothing. */
export function stopping(): boolean {
  return stoppingNow;
}

/** Run `stop` (and wait for it, briefly) when a signal ends the process, before temporary paths go; returns its removal. */
export function onSignal(stop: () => Promise<unknown>): () => void {
  install();
  stoppers.add(stop);
  return () => {
    stoppers.delete(stop);
    settle();
  };
}

/** Remove `path` when the process ends, unless `release`d first (it was renamed into place). */
export function removeOnExit(path: string): void {
  install();
  paths.add(path);
}

export function release(path: string): void {
  paths.delete(path);
  settle();
}

/** Whether process `pid` still runs (signal 0 only asks; EPERM means it runs as someone else). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const swept = new Set<string>();

/**
 * The file that marks a scratch directory as annexa's: a directory of our name's shape without it
 * (a user's, a copy) is never swept. It names the directory it was written in, so a marker that was
 * copied or moved along with its directory does not vouch for another name, and where its pid
 * counts (see `here`), so a run in a container sharing TMPDIR is never taken for a dead one.
 */
const MARKER = '.annexa-scratch';

/**
 * Where the pid in a directory's name means that process: this host and (Linux) pid namespace. A
 * container sharing TMPDIR with us numbers its processes apart, so its live run would look dead here.
 */
let pidSpace: string | undefined;
function here(): string {
  if (pidSpace === undefined) {
    let ns = 'no pid namespace';
    try {
      ns = readlinkSync('/proc/self/ns/pid');
    } catch {
      // Not Linux: the host name alone.
    }
    pidSpace = `${hostname()}, ${ns}`;
  }
  return pidSpace;
}

function markerText(name: string): string {
  return `annexa scratch directory ${name} (${here()})\n`;
}

/** Write the marker into `dir`, which we just made; `wx` so it can only be ours. */
function mark(dir: string, name: string): void {
  writeFileSync(join(dir, MARKER), `${markerText(name)}pid ${process.pid}, started ${new Date().toISOString()}\n`, {
    flag: 'wx',
    mode: 0o600,
  });
}

/** Whether `dir` (named `name`) is a real directory of this user that holds our marker for that name. */
function ours(dir: string, name: string): boolean {
  try {
    const d = lstatSync(dir);
    const uid = process.getuid?.();
    if (!d.isDirectory() || (uid !== undefined && d.uid !== uid)) return false;
    const m = lstatSync(join(dir, MARKER));
    if (!m.isFile() || (uid !== undefined && m.uid !== uid)) return false;
    const want = markerText(name);
    const fd = openSync(join(dir, MARKER), 'r');
    try {
      const buf = Buffer.alloc(Buffer.byteLength(want));
      return readSync(fd, buf, 0, buf.length, 0) === buf.length && buf.toString('utf8') === want;
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}

/**
 * Scratch directories left by runs that were killed outright (SIGKILL, the OOM killer), which
 * no exit handler could remove: only our own `annexa-<kind>-<pid>-…` names that hold our marker,
 * and only when that process is gone. Once per kind and process.
 */
function sweep(kind: string): void {
  if (swept.has(kind)) return;
  swept.add(kind);
  const name = new RegExp(`^annexa-${kind}-(\\d+)-[A-Za-z0-9]{6}$`);
  let entries: string[];
  try {
    entries = readdirSync(tmpdir());
  } catch {
    return;
  }
  for (const e of entries) {
    const pid = Number(name.exec(e)?.[1]);
    const dir = join(tmpdir(), e);
    if (pid && pid !== process.pid && !alive(pid) && ours(dir, e)) rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A new temporary directory for this process's spilled data (`kind`: items, excerpts, junit),
 * removed when the process ends; its name carries our pid and it holds our marker, so a later
 * run can sweep it up if this one is killed outright.
 */
export function scratchDir(kind: string): string {
  sweep(kind);
  const prefix = join(tmpdir(), `annexa-${kind}-${process.pid}-`);
  let dir: string;
  // A missing, unwritable or full TMPDIR is the user's to fix (exit 2), not a bug in annexa.
  try {
    dir = mkdtempSync(prefix);
  } catch (err) {
    throw scratchWriteError(err, `${prefix}XXXXXX`);
  }
  removeOnExit(dir);
  try {
    mark(dir, basename(dir));
  } catch (err) {
    throw scratchWriteError(err, join(dir, MARKER));
  }
  return dir;
}
