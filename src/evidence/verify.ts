/** Check a bundle (directory or .tar.gz) against its manifest and, when signed, its signature. */
import type { KeyObject } from 'node:crypto';
import { createPublicKey } from 'node:crypto';
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve, sep } from 'node:path';
import { InputError } from '../errors.js';
import { hashFile } from './hashed-file.js';
import { fingerprint, verifyBytes } from './keys.js';
import { BUNDLE_SCHEMA, MANIFEST, type Manifest, SIGNATURE, SIGNATURE_SCHEMA, type SignatureFile } from './manifest.js';
import { unpackBundle } from './tarball.js';

export interface VerifyReport {
  /** No problems: every file matches the manifest, and the signature (if any) holds. */
  ok: boolean;
  files: number;
  items: number;
  createdAt?: string;
  /** Set when the bundle carries a signature that verified. `pinned` when checked against --public-key. */
  signer?: { fingerprint: string; pinned: boolean };
  /** One line each, starting with the file concerned. */
  problems: string[];
  /** Attested documents the manifest lists, and how many were re-hashed (with --documents). */
  attested?: { documents: number; checked: number };
}

export interface VerifyOptions {
  publicKey?: KeyObject;
  /** Directory the attested documents' paths are relative to (where attestations.yaml lives). */
  documentsRoot?: string;
}

/** Re-hash each attested document; a missing or edited one is a problem naming it. */
function checkAttested(attested: NonNullable<Manifest['attested']>, root: string, problems: string[]): void {
  for (const d of attested) {
    const full = resolve(root, d.path);
    if (!existsSync(full) || !statSync(full).isFile()) {
      problems.push(`attested document ${d.path} (${d.control}): missing`);
      continue;
    }
    if (hashFile(full).sha256 !== d.sha256) problems.push(`attested document ${d.path} (${d.control}): changed since the bundle was made`);
  }
}

/**
 * Every path under `root`, relative with `/`: files and anything else that is not a directory,
 * plus each directory as `dir/`, so an added directory shows even when it is empty.
 */
function listFiles(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    const rel = relative(root, full).split(sep).join('/');
    return e.isDirectory() ? [`${rel}/`, ...listFiles(root, full)] : [rel];
  });
}

/** The directories a manifest's files live in (`excerpts/`), which the bundle may hold. */
function expectedDirs(paths: readonly string[]): Set<string> {
  const dirs = new Set<string>();
  for (const p of paths) {
    const parts = p.split('/');
    for (let i = 1; i < parts.length; i++) dirs.add(`${parts.slice(0, i).join('/')}/`);
  }
  return dirs;
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

function checkSignature(root: string, manifestBytes: Buffer, opts: VerifyOptions, problems: string[]): VerifyReport['signer'] {
  const sigFile = join(root, SIGNATURE);
  const sigKind = kindOf(sigFile);
  if (sigKind !== 'file' && sigKind !== 'missing') {
    problems.push(`${SIGNATURE}: is ${sigKind}, not a regular file`);
    return undefined;
  }
  if (!existsSync(sigFile)) {
    if (opts.publicKey) problems.push(`${SIGNATURE}: missing: the bundle is unsigned, so it cannot be checked against --public-key`);
    return undefined;
  }
  const sig = readJson<SignatureFile>(sigFile);
  if (sig?.schema !== SIGNATURE_SCHEMA || sig.algorithm !== 'ed25519' || typeof sig.signature !== 'string') {
    problems.push(`${SIGNATURE}: not an annexa Ed25519 signature file`);
    return undefined;
  }
  let key = opts.publicKey;
  if (!key) {
    try {
      key = createPublicKey(sig.publicKey);
    } catch {
      problems.push(`${SIGNATURE}: the embedded public key cannot be read`);
      return undefined;
    }
  }
  const fp = fingerprint(key);
  if (!verifyBytes(manifestBytes, sig.signature, key)) {
    problems.push(
      opts.publicKey && sig.fingerprint !== fp
        ? `${SIGNATURE}: signed by key ${sig.fingerprint}, not by the --public-key (${fp})`
        : `${SIGNATURE}: the signature does not match ${MANIFEST} (${opts.publicKey ? `key ${fp}` : 'embedded key'})`,
    );
    return undefined;
  }
  return { fingerprint: fp, pinned: Boolean(opts.publicKey) };
}

/** A manifest entry must name a file inside the bundle: a forged `../` path must not make verify read elsewhere. */
function wellFormed(f: unknown): boolean {
  const e = f as Partial<Record<keyof Manifest['files'][number], unknown>>;
  return (
    typeof e.path === 'string' &&
    typeof e.sha256 === 'string' &&
    typeof e.bytes === 'number' &&
    !e.path.startsWith('/') &&
    !e.path.split('/').some((part) => part === '..' || part === '' || part === '.')
  );
}

function verifyRoot(root: string, extra: string[], opts: VerifyOptions): VerifyReport {
  const problems = [...extra];
  const manifestBytes = readFileSync(join(root, MANIFEST));
  let manifest: Manifest | undefined;
  try {
    manifest = JSON.parse(manifestBytes.toString('utf8')) as Manifest;
  } catch {
    manifest = undefined;
  }
  if (manifest?.schema !== BUNDLE_SCHEMA || !Array.isArray(manifest.files) || !manifest.files.every(wellFormed)) {
    return { ok: false, files: 0, items: 0, problems: [...problems, `${MANIFEST}: not a valid ${BUNDLE_SCHEMA} manifest`] };
  }
  const signer = checkSignature(root, manifestBytes, opts, problems);

  const dirs = expectedDirs(manifest.files.map((f) => f.path));
  const present = new Set(listFiles(root).filter((f) => f !== MANIFEST && f !== SIGNATURE && !dirs.has(f)));
  for (const f of manifest.files) {
    if (!present.delete(f.path)) {
      problems.push(`${f.path}: removed (listed in the manifest, missing from the bundle)`);
      continue;
    }
    const full = join(root, f.path);
    const kind = kindOf(full);
    if (kind !== 'file') {
      problems.push(`${f.path}: replaced by ${kind === 'dir' ? 'a directory' : kind}`);
      continue;
    }
    // Hashed in chunks: an items.jsonl of a million items is never read whole.
    const { sha256, bytes } = hashFile(full);
    if (bytes !== f.bytes || sha256 !== f.sha256) {
      problems.push(`${f.path}: changed (${bytes === f.bytes ? 'SHA-256 differs' : `${bytes} bytes, manifest says ${f.bytes}`})`);
    }
  }
  for (const f of [...present].sort()) problems.push(`${f}: added (${f.endsWith('/') ? 'a directory ' : ''}not in the manifest)`);
  const attested = Array.isArray(manifest.attested) ? manifest.attested : undefined;
  if (attested && opts.documentsRoot) checkAttested(attested, opts.documentsRoot, problems);
  return {
    ok: problems.length === 0,
    files: manifest.files.length,
    items: manifest.items,
    createdAt: manifest.createdAt,
    ...(signer ? { signer } : {}),
    problems,
    ...(attested ? { attested: { documents: attested.length, checked: opts.documentsRoot ? attested.length : 0 } } : {}),
  };
}

function notABundle(path: string, where: string): InputError {
  return new InputError(path, `not an evidence bundle (no ${MANIFEST} ${where})`);
}

function verifyTarball(file: string, opts: VerifyOptions): VerifyReport {
  const tmp = mkdtempSync(join(tmpdir(), 'annexa-verify-'));
  try {
    let refused: string[];
    try {
      refused = unpackBundle(file, tmp);
    } catch (err) {
      const msg = err instanceof Error ? err.message : String(err);
      return { ok: false, files: 0, items: 0, problems: [`${basename(file)}: cannot be read as a .tar.gz (${msg})`] };
    }
    const top = readdirSync(tmp);
    const name = existsSync(join(tmp, MANIFEST)) ? '' : top.find((d) => existsSync(join(tmp, d, MANIFEST)));
    if (name === undefined) throw notABundle(file, 'in the tarball');
    const root = join(tmp, name);
    if (kindOf(join(root, MANIFEST)) !== 'file') throw notABundle(file, 'as a regular file in the tarball');
    // Files beside the bundle directory were added to the tarball too.
    const outside = name
      ? listFiles(tmp)
          .filter((f) => f !== `${name}/` && !f.startsWith(`${name}/`))
          .map((f) => `${f}: added (outside the bundle directory)`)
      : [];
    return verifyRoot(root, [...refused, ...outside], opts);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** What a path is, for refusing anything that is not a plain file or directory (a FIFO would block the read). */
function kindOf(path: string): 'file' | 'dir' | 'missing' | string {
  let st: ReturnType<typeof lstatSync>;
  try {
    st = lstatSync(path);
  } catch {
    return 'missing';
  }
  if (st.isFile()) return 'file';
  if (st.isDirectory()) return 'dir';
  if (st.isSymbolicLink()) return 'a symbolic link';
  if (st.isFIFO()) return 'a FIFO';
  if (st.isSocket()) return 'a socket';
  return 'a device';
}

export function verifyBundle(path: string, opts: VerifyOptions = {}): VerifyReport {
  const kind = kindOf(path);
  if (kind === 'missing') throw new InputError(path, 'not found');
  if (kind === 'file') return verifyTarball(path, opts);
  if (kind !== 'dir') throw new InputError(path, `is ${kind}, not a bundle directory or .tar.gz file`);
  const manifest = kindOf(join(path, MANIFEST));
  if (manifest === 'missing') throw notABundle(path, 'in the directory');
  if (manifest !== 'file') throw new InputError(path, `its ${MANIFEST} is ${manifest}, not a regular file; refusing to read it`);
  return verifyRoot(path, [], opts);
}
