import type { ScanProgress } from '../providers/descriptor.js';
import type { CliIO } from './io.js';

/**
 * One self-overwriting status line on stderr, only for a person at a terminal:
 * CI logs and pipes get nothing.
 */
export function progressReporter(io: CliIO, quiet: boolean): { update(p: ScanProgress): void; done(): void } {
  const enabled = io.isTTY && !quiet && !io.env.CI;
  let last = 0;
  let shown = false;
  return {
    update(p) {
      if (!enabled) return;
      const now = Date.now();
      if (now - last < 100 && p.keysDone < p.keysTotal) return;
      last = now;
      shown = true;
      io.progress(
        `\r\x1b[2K[annexa] ${p.regions} region(s) · services ${p.servicesDone}/${p.servicesTotal} · inventory ${p.keysDone}/${p.keysTotal} · API calls ${p.calls} · throttles ${p.throttles}`,
      );
    },
    done() {
      if (shown) io.progress('\r\x1b[2K');
    },
  };
}
