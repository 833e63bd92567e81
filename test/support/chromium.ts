/** Finding Debian's `chromium` (or CHROMIUM_PATH) for the tests that render HTML in a real browser. */
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export const INSTALL_HINT =
  'Chromium not found, so the HTML was not rendered: install it with `apt-get install -y chromium` (Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium binary.';

export function findChromium(): string | undefined {
  const explicit = process.env.CHROMIUM_PATH;
  if (explicit) return existsSync(explicit) ? explicit : undefined;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of ['chromium', 'chromium-browser']) {
      const p = join(dir, name);
      if (dir && existsSync(p)) return p;
    }
  }
  return undefined;
}
