/**
 * Temporary paths this process made (spools, files being written beside their targets), removed
 * however the process ends short of a hard kill: normal exit, or Ctrl-C / SIGTERM / SIGHUP,
 * after which the process exits with the usual 128 + signal number. A killed scan therefore
 * leaves neither a half-written output (writes are renamed into place) nor stray temporaries.
 */
import { rmSync } from 'node:fs';

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
