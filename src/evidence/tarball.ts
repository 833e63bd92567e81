/** One `.tar.gz` per bundle, and reading one back for verification. */
import { renameSync, rmSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { create, extract } from 'tar';
import { fsError, tempBeside } from '../safe-fs.js';

/** tar reads and writes files in pieces of this size (its default, 16 MiB, is more memory than a bundle needs). */
const READ_SIZE = 1 << 20;

/** Pack `dir` as `<name>/…` with fixed times and no owner ids, so equal bundles give equal tarballs. */
export function packBundle(dir: string, file: string, files: readonly string[], mtime: Date, shownAs: string = file): void {
  const name = basename(dir);
  // Packed beside the target and renamed, so a reader never sees half a tarball.
  const tmp = tempBeside(file);
  try {
    create({ file: tmp, cwd: dirname(dir), gzip: true, portable: true, mtime, sync: true, noDirRecurse: true, maxReadSize: READ_SIZE }, [
      name,
      ...files.map((f) => `${name}/${f}`),
    ]);
    renameSync(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw fsError(err, shownAs);
  }
}

/** How much a tarball may expand to, and how many entries it may hold, before verify stops. */
export interface UnpackLimits {
  maxBytes: number;
  maxEntries: number;
}

export const DEFAULT_UNPACK_LIMITS: UnpackLimits = { maxBytes: 4 * 1024 ** 3, maxEntries: 200_000 };

/** Thrown when a tarball goes past its limits: the verifier stops instead of filling memory and disk. */
export class TarballTooLarge extends Error {}

/**
 * Unpack into `into`. Only files and directories are extracted; anything else (links,
 * devices) is reported, because a verifier must not follow what it cannot hash. A path that
 * appears twice is reported and only its first copy kept, so a later entry cannot swap in
 * different content behind the manifest's back.
 */
export function unpackBundle(file: string, into: string, limits: UnpackLimits = DEFAULT_UNPACK_LIMITS): string[] {
  const refused: string[] = [];
  const seen = new Set<string>();
  let bytes = 0;
  let entries = 0;
  extract({
    file,
    cwd: into,
    sync: true,
    maxReadSize: READ_SIZE,
    strict: true,
    filter: (path, entry) => {
      const type = 'type' in entry ? entry.type : 'File';
      const size = 'size' in entry && typeof entry.size === 'number' ? entry.size : 0;
      entries++;
      bytes += size;
      if (entries > limits.maxEntries) throw new TarballTooLarge(`more than ${limits.maxEntries} entries`);
      if (bytes > limits.maxBytes) throw new TarballTooLarge(`expands past ${limits.maxBytes} bytes`);
      const key = path.replace(/\/+$/, '');
      if (seen.has(key)) {
        refused.push(`${path}: appears twice in the tarball`);
        return false;
      }
      seen.add(key);
      if (type === 'File' || type === 'OldFile' || type === 'Directory') return true;
      refused.push(`${path}: unexpected ${type} entry in the tarball`);
      return false;
    },
  });
  return refused;
}
