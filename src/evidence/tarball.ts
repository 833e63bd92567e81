/** One `.tar.gz` per bundle, and reading one back for verification. */
import { basename, dirname } from 'node:path';
import { create, extract } from 'tar';

/** Pack `dir` as `<name>/…` with fixed times and no owner ids, so equal bundles give equal tarballs. */
export function packBundle(dir: string, file: string, files: readonly string[], mtime: Date): void {
  const name = basename(dir);
  create({ file, cwd: dirname(dir), gzip: true, portable: true, mtime, sync: true, noDirRecurse: true }, [
    name,
    ...files.map((f) => `${name}/${f}`),
  ]);
}

/**
 * Unpack into `into`. Only files and directories are extracted; anything else (links,
 * devices) is reported, because a verifier must not follow what it cannot hash.
 */
export function unpackBundle(file: string, into: string): string[] {
  const refused: string[] = [];
  extract({
    file,
    cwd: into,
    sync: true,
    strict: true,
    filter: (path, entry) => {
      const type = 'type' in entry ? entry.type : 'File';
      if (type === 'File' || type === 'OldFile' || type === 'Directory') return true;
      refused.push(`${path}: unexpected ${type} entry in the tarball`);
      return false;
    },
  });
  return refused;
}
