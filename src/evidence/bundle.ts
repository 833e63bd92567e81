/**
 * An evidence bundle: the items, an excerpt of the API answers behind each, the run and the
 * mappings used, and a manifest hashing all of it (signed when a key is given).
 */
import {
  copyFileSync,
  type Dirent,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative, sep } from 'node:path';
import { InputError } from '../errors.js';
import type { MappingSet } from '../mapping/load.js';
import type { ResultDocument } from '../output/result.js';
import { TOOL_VERSION } from '../paths.js';
import type { AttestationSet } from '../report/attestations.js';
import { replaceDirAtomic, withLock } from '../safe-fs.js';
import type { ExcerptFile, ExcerptSpool } from './excerpt-spool.js';
import { writeItemsFile } from './items-file.js';
import { fingerprint, publicKeyPem, type SigningKey, signBytes } from './keys.js';
import {
  BUNDLE_SCHEMA,
  describeFile,
  MANIFEST,
  type Manifest,
  type ManifestFile,
  SIGNATURE,
  SIGNATURE_SCHEMA,
  type SignatureFile,
} from './manifest.js';

export interface BundleInput {
  result: ResultDocument;
  /** The excerpts the scan cut as it evaluated (`ExcerptSpool.tap` saw every item of `result`). */
  excerpts: ExcerptSpool;
  mappings: MappingSet;
  signingKey?: SigningKey;
  attestations?: AttestationSet;
}

const json = (v: unknown): string => `${JSON.stringify(v, null, 2)}\n`;

/**
 * A bundle may go into a new or empty directory, or replace an earlier bundle. Anything else
 * is refused, so a typo never wipes unrelated files. Checked before a scan starts.
 */
export function checkBundleTarget(dir: string, flag: string): void {
  if (!existsSync(dir)) return;
  if (!statSync(dir).isDirectory()) throw new InputError(flag, `${dir} exists and is not a directory`);
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  if (entries.length === 0) return;
  const why = notOurs(dir, entries);
  if (why) throw new InputError(flag, `${dir} ${why}; choose a new directory`);
}

/**
 * Why an existing directory is not an earlier bundle of ours that may be replaced whole, or
 * undefined when it is: its manifest must be annexa's, and every file in it listed there (or the
 * signature), so a note someone added beside the evidence is never swept away.
 */
function notOurs(dir: string, entries: readonly Dirent[]): string | undefined {
  let manifest: { schema?: unknown; files?: { path?: unknown }[] };
  try {
    manifest = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as typeof manifest;
  } catch {
    return 'is not empty and holds no evidence bundle';
  }
  if (manifest.schema !== BUNDLE_SCHEMA) return `has a ${MANIFEST} that is not an annexa bundle manifest`;
  const listed = new Set([MANIFEST, SIGNATURE, ...(manifest.files ?? []).map((f) => String(f.path))]);
  for (const e of entries) {
    const rel = relative(dir, join(e.parentPath, e.name)).split(sep).join('/');
    if (e.isDirectory()) continue;
    if (!listed.has(rel)) return `holds ${rel}, which the bundle did not write`;
  }
  return undefined;
}

/** Every mapping file the set was read from, with its hash. */
function mappingFiles(mappings: MappingSet): ManifestFile[] {
  return Object.entries(mappings.sources)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, path]) => describeFile(name, readFileSync(path)));
}

/**
 * Write the bundle into `dir`; returns the paths written, relative to `dir`, manifest last. The
 * bundle is built beside `dir` and swapped in, under a lock: a kill leaves the earlier bundle (or
 * none), two scans never interleave, and only an earlier bundle is ever replaced.
 */
export function writeBundle(dir: string, input: BundleInput, shownAs: string = dir): string[] {
  return withLock(dir, shownAs, () => {
    checkBundleTarget(dir, shownAs);
    let written: string[] = [];
    replaceDirAtomic(dir, shownAs, (tmp) => {
      written = buildBundle(tmp, input);
    });
    return written;
  });
}

/** Move a finished excerpt file into the bundle; a copy when the temporary directory is on another file system. */
function moveIn(e: ExcerptFile, to: string): void {
  try {
    renameSync(e.file, to);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
    copyFileSync(e.file, to);
    rmSync(e.file, { force: true });
  }
}

function buildBundle(dir: string, input: BundleInput): string[] {
  mkdirSync(join(dir, 'excerpts'));
  const { result, excerpts, mappings } = input;
  // Every item must have its excerpt: a scan that did not tap its items would make a bundle missing evidence.
  if (excerpts.count !== result.items.count)
    throw new Error(
      `the bundle's excerpts cover ${excerpts.count} items but the result holds ${result.items.count}; this is a bug in annexa`,
    );
  const files: ManifestFile[] = [];
  const put = (path: string, text: string): void => {
    const data = Buffer.from(text);
    writeFileSync(join(dir, path), data);
    files.push(describeFile(path, data));
  };

  // One JSON Lines file per check, not one file per item: a scan of 100k items would otherwise
  // cost 100k files to write, pack and hash, and the check is how auditors look things up anyway.
  for (const e of excerpts.done()) {
    moveIn(e, join(dir, e.path));
    files.push({ path: e.path, sha256: e.sha256, bytes: e.bytes });
  }
  put('run.json', json({ run: result.run, summary: result.summary }));
  put(
    'mappings.json',
    json({
      mappingVersion: mappings.version,
      frameworks: mappings.catalogues.map((c) => ({ key: c.framework, name: c.name, catalogue: `mappings/${c.file}` })),
      files: mappingFiles(mappings),
    }),
  );

  // Streamed line by line and hashed as written: the items of a large run never form one string.
  // A spooled run's file is linked (or its bytes copied), with the mode writeFileSync gave run.json.
  const { sha256, bytes } = writeItemsFile(join(dir, 'items.jsonl'), result.items, statSync(join(dir, 'run.json')).mode & 0o7777);
  files.push({ path: 'items.jsonl', sha256, bytes });

  const attestations = input.attestations ? [...input.attestations.byControl.values()] : undefined;
  if (attestations) put('attestations.json', json({ file: input.attestations!.file, controls: attestations }));
  const attested = attestations?.flatMap((a) =>
    a.documents.flatMap((d) =>
      d.sha256 !== undefined ? [{ control: a.control, path: d.path, sha256: d.sha256, bytes: d.bytes ?? 0 }] : [],
    ),
  );

  const manifest: Manifest = {
    schema: BUNDLE_SCHEMA,
    createdAt: result.run.evaluatedAt,
    tool: { name: 'annexa', version: TOOL_VERSION },
    mappingVersion: mappings.version,
    accounts: [...new Set(result.run.accounts.map((a) => a.account))].sort(),
    items: result.items.count,
    files: files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    ...(attested ? { attested } : {}),
  };
  const manifestBytes = Buffer.from(json(manifest));
  writeFileSync(join(dir, MANIFEST), manifestBytes);
  const written = [...manifest.files.map((f) => f.path), MANIFEST];
  if (input.signingKey) {
    const sig: SignatureFile = {
      schema: SIGNATURE_SCHEMA,
      algorithm: 'ed25519',
      signs: MANIFEST,
      fingerprint: fingerprint(input.signingKey.publicKey),
      publicKey: publicKeyPem(input.signingKey.publicKey),
      signature: signBytes(manifestBytes, input.signingKey.privateKey),
    };
    writeFileSync(join(dir, SIGNATURE), json(sig));
    written.push(SIGNATURE);
  }
  return written;
}
