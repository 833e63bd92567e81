import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root, whether running from `src/` (tests) or `dist/src/` (the CLI). */
function findRoot() {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).name === 'annexa') return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error('annexa package root not found');
    dir = up;
  }
}
export const PACKAGE_ROOT = findRoot();
export const TOOL_VERSION = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')).version;
export function fromRoot(...parts) {
  return join(PACKAGE_ROOT, ...parts);
}
