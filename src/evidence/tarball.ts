/** One `.tar.gz` per bundle, and reading one back for verification. */
import { closeSync, lstatSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { extract, Header, Pax } from 'tar';
import { release, removeOnExit } from '../cleanup.js';
import { fsError, tempBeside } from '../safe-fs.js';

/** Bytes read from a file, and tar bytes compressed, at a time. */
const CHUNK = 1 << 20;
const BLOCK = 512;

/**
 * Tar bytes out through gzip, one gzip member per 1 MiB: gzip readers (tar, gunzip, zlib)
 * read concatenated members as one stream (RFC 1952), and Node has no synchronous streaming
 * deflate, so this keeps packing synchronous without holding the archive in memory.
 */
class GzipOut {
  private parts: Buffer[] = [];
  private size = 0;

  constructor(private readonly fd: number) {}

  write(data: Buffer): void {
    this.parts.push(data);
    this.size += data.length;
    if (this.size >= CHUNK) this.flush();
  }

  flush(): void {
    if (!this.size) return;
    const gz = gzipSync(Buffer.concat(this.parts, this.size));
    this.parts = [];
    this.size = 0;
    let off = 0;
    while (off < gz.length) off += writeSync(this.fd, gz, off, gz.length - off);
  }
}

/** The mode tar's portable mode records: owner may read and write, nobody else writes; readable directories listable. */
function portableMode(mode: number, dir: boolean): number {
  let m = ((mode & 0o7777) | 0o600) & ~0o22;
  if (dir) m |= ((m & 0o444) >> 2) & 0o111;
  return m;
}

/** One entry's header (with a PAX header before it when the path is too long for ustar). */
function writeHeader(out: GzipOut, path: string, dir: boolean, mode: number, size: number, mtime: Date | undefined): void {
  const header = new Header({ path, mode: portableMode(mode, dir), size, type: dir ? 'Directory' : 'File', ...(mtime ? { mtime } : {}) });
  if (header.encode()) out.write(new Pax({ path, size, ...(mtime ? { mtime } : {}) }).encode());
  out.write(header.block!);
}

/** Copy a file's bytes into the archive in chunks, padded to whole blocks; it must still be the size its header says. */
function writeBody(out: GzipOut, file: string, size: number): void {
  const fd = openSync(file, 'r');
  try {
    let left = size;
    while (left > 0) {
      const buf = Buffer.allocUnsafe(Math.min(CHUNK, left));
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) throw new Error(`${file} shrank while it was packed`);
      out.write(n === buf.length ? buf : buf.subarray(0, n));
      left -= n;
    }
  } finally {
    closeSync(fd);
  }
  if (size % BLOCK) out.write(Buffer.alloc(BLOCK - (size % BLOCK)));
}

/**
 * Pack `dir` as `<name>/…` with fixed times and no owner ids, so equal bundles give equal tarballs.
 * Entries are written as tar's portable mode writes them; file contents are copied in 1 MiB
 * chunks (tar's own synchronous packer reads each file whole into memory before writing it).
 */
export function packBundle(dir: string, file: string, files: readonly string[], mtime: Date, shownAs: string = file): void {
  const name = basename(dir);
  // Packed beside the target and renamed, so a reader never sees half a tarball.
  const tmp = tempBeside(file);
  removeOnExit(tmp);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx');
    const out = new GzipOut(fd);
    // Directories carry no time in portable mode.
    writeHeader(out, `${name}/`, true, lstatSync(dir).mode, 0, undefined);
    for (const f of files) {
      const full = join(dir, f);
      const st = lstatSync(full);
      if (!st.isFile()) throw new Error(`${full} is not a regular file`);
      writeHeader(out, `${name}/${f}`, false, st.mode, st.size, mtime);
      writeBody(out, full, st.size);
    }
    // The end of the archive: two zero blocks.
    out.write(Buffer.alloc(2 * BLOCK));
    out.flush();
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, file);
    release(tmp);
  } catch (err) {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
    throw fsError(err, shownAs);
  }
}

/** tar reads the tarball in pieces of this size when verifying (its default, 16 MiB, is more memory than needed). */
const READ_SIZE = CHUNK;

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
