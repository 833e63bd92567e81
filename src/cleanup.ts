/**
 * Temporary paths this process made (spools, files being written beside their targets), removed
 * however the process ends short of a hard kill: normal exit, or Ctrl-C / SIGTERM / SIGHUP,
 * after which the process exits with the usual 128 + signal number. A killed scan therefore
 * leaves neither a half-written output (writes are renamed into place) nor stray temporaries.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const paths = new Set<string>();
let installed = false;

function removeAll(): void {
  for (const p of paths) rmSync(p, { recursive: true, force: true });
  paths.clear();
}

const SIGNALS = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const;

function install(): void {
  if (installed) return;
  installed = true;
  process.once('exit', removeAll);
  for (const [sig, no] of Object.entries(SIGNALS)) {
    process.once(sig, () => {
      removeAll();
      process.exit(128 + no);
    });
  }
}

/** Remove `path` when the process ends, unless `release`d first (it was renamed into place). */
export function removeOnExit(path: string): void {
  install();
  paths.add(path);
}

export function release(path: string): void {
  paths.delete(path);
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
 * Scratch directories left by runs that were killed outright (SIGKILL, the OOM killer), which
 * no exit handler could remove: only our own `annexa-<kind>-<pid>-…` names, and only when that
 * process is gone. Once per kind and process.
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
    if (pid && pid !== process.pid && !alive(pid)) rmSync(join(tmpdir(), e), { recursive: true, force: true });
  }
}

/**
 * A new temporary directory for this process's spilled data (`kind`: items, excerpts, junit),
 * removed when the process ends; its name carries our pid so a later run can sweep it up if
 * this one is killed outright.
 */
export function scratchDir(kind: string): string {
  sweep(kind);
  const dir = mkdtempSync(join(tmpdir(), `annexa-${kind}-${process.pid}-`));
  removeOnExit(dir);
  return dir;
}
