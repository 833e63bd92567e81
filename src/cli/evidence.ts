/** `scan --evidence DIR [--evidence-tar] [--sign-key FILE|env:VAR]` and `evidence verify`. */
import { existsSync, lstatSync } from 'node:fs';
import { resolve } from 'node:path';
import { allMappings } from '../engine/mappings.js';
import type { ItemTap } from '../engine/tap.js';
import { InputError } from '../errors.js';
import { checkBundleTarget, writeBundle } from '../evidence/bundle.js';
import { type ExcerptPart, ExcerptSpool } from '../evidence/excerpt-spool.js';
import { loadPublicKey, loadSigningKey, type SigningKey } from '../evidence/keys.js';
import { packBundle } from '../evidence/tarball.js';
import { verifyBundle } from '../evidence/verify.js';
import type { MappingSet } from '../mapping/load.js';
import type { ResultDocument } from '../output/result.js';
import { loadAttestations } from '../report/attestations.js';
import { tempBeside, WriteError } from '../safe-fs.js';
import { shownName } from '../shown-name.js';
import type { CliIO } from './io.js';
import { textOrJson } from './options.js';

export interface EvidenceFlags {
  evidence?: string;
  evidenceTar?: boolean;
  signKey?: string;
  attestations?: string;
}

/**
 * The bundle of one scan: `tap` goes in the run's item taps and cuts each item's excerpt while its
 * snapshot is in memory; `write` makes the bundle once the scan has its result, returning the paths written.
 */
export interface EvidenceWriter {
  tap: ItemTap;
  write(result: ResultDocument, mappings: MappingSet): string[];
}

const TARBALL = /\.(tar\.gz|tgz)$/;

/**
 * Validate the evidence flags and load the signing key before any API call, so a typo
 * never costs a full scan. Undefined when no bundle was asked for.
 */
export function prepareEvidence(flags: EvidenceFlags, io: CliIO): EvidenceWriter | undefined {
  if (!flags.evidence) {
    for (const [set, flag] of [
      [flags.evidenceTar, '--evidence-tar'],
      [flags.signKey, '--sign-key'],
      [flags.attestations, '--attestations'],
    ] as const)
      if (set) throw new InputError(flag, 'needs --evidence DIR');
    return undefined;
  }
  const target = resolve(io.cwd, flags.evidence);
  const dir = target.replace(TARBALL, '');
  const tarball = TARBALL.test(target) ? target : flags.evidenceTar ? `${dir}.tar.gz` : undefined;
  if (dir.endsWith('/')) throw new InputError('--evidence', `"${shownName(flags.evidence)}" names no bundle directory`);
  checkBundleTarget(dir, '--evidence');
  // Messages about the tarball name it as the user would (`X` with --evidence-tar packs to `X.tar.gz`).
  const tarballShown = TARBALL.test(flags.evidence) ? flags.evidence : `${flags.evidence}.tar.gz`;
  // The tarball is renamed into place at the end: a FIFO, device or directory there must not cost a scan.
  if (tarball) {
    tempBeside(tarball, tarballShown);
    if (existsSync(tarball) && lstatSync(tarball).isDirectory())
      throw new WriteError(tarballShown, 'is a directory; name a file for the tarball');
  }
  const signingKey: SigningKey | undefined = flags.signKey ? loadSigningKey(flags.signKey, io.env, io.cwd) : undefined;
  // Validated now so a bad file costs no scan; read again when the bundle is written, so the hashes are of that moment.
  const attestationsFile = flags.attestations;
  const readAttestations = attestationsFile
    ? () => {
        const ids =
          allMappings()
            .catalogues.find((c) => c.framework === 'iso27001:2022')
            ?.controls.map((c) => c.id) ?? [];
        return loadAttestations(resolve(io.cwd, attestationsFile), ids, attestationsFile);
      }
    : undefined;
  readAttestations?.();
  const excerpts = new ExcerptSpool();
  const write = (result: ResultDocument, mappings: MappingSet): string[] => {
    const attestations = readAttestations?.();
    const files = writeBundle(
      dir,
      {
        result,
        excerpts,
        mappings,
        ...(signingKey ? { signingKey } : {}),
        ...(attestations ? { attestations } : {}),
      },
      flags.evidence!,
    );
    if (tarball) packBundle(dir, tarball, files, new Date(result.run.evaluatedAt), tarballShown);
    return tarball ? [dir, tarball] : [dir];
  };
  // Evaluation workers cut their items' excerpts themselves; the bundle adopts their files in order.
  const tap: ItemTap = (item, snapshot) => excerpts.tap(item, snapshot);
  tap.inWorker = {
    module: new URL('../evidence/excerpt-worker-tap.js', import.meta.url).href,
    scratch: 'excerpts',
    adopt: (parts) => excerpts.adopt(parts as ExcerptPart[]),
  };
  return { tap, write };
}

export interface VerifyFlags {
  publicKey?: string;
  documents?: string;
  format?: string;
}

/** Exit 0 when the bundle verifies, 1 when it does not; bad input throws (exit 2). */
export function evidenceVerify(path: string, flags: VerifyFlags, io: CliIO): number {
  const format = textOrJson(flags.format);
  const publicKey = flags.publicKey ? loadPublicKey(flags.publicKey, io.env, io.cwd) : undefined;
  const report = verifyBundle(resolve(io.cwd, path), {
    ...(publicKey ? { publicKey } : {}),
    ...(flags.documents ? { documentsRoot: resolve(io.cwd, flags.documents) } : {}),
  });
  if (format === 'json') {
    io.stdout(JSON.stringify({ bundle: path, ...report }, null, 2));
    return report.ok ? 0 : 1;
  }
  if (!report.ok) {
    // Problems quote names and dates from the bundle, which whoever tampered with it chose.
    for (const p of report.problems) io.stderr(`annexa: ${shownName(path)}: ${shownName(p)}`);
    io.stdout(`NOT VERIFIED: ${shownName(path)} (${report.problems.length} problem${report.problems.length === 1 ? '' : 's'})`);
    return 1;
  }
  const signature = report.signer
    ? report.signer.pinned
      ? `signature verified with --public-key ${report.signer.fingerprint}`
      : `signature valid for the embedded key ${report.signer.fingerprint} (pass --public-key to check who signed)`
    : 'unsigned, so anyone who can edit the bundle could also have rewritten the manifest (sign with --sign-key and verify with --public-key)';
  io.stdout(
    `Verified ${shownName(path)}: ${report.files} files match the manifest, ${report.items} items, created ${shownName(String(report.createdAt))}; ${signature}`,
  );
  if (report.attested)
    io.stdout(
      report.attested.checked
        ? `Attested documents: ${report.attested.checked} match the hashes in the signed manifest`
        : `Attested documents: ${report.attested.documents} listed in the signed manifest, not re-hashed (pass --documents DIR, the directory of attestations.yaml)`,
    );
  return 0;
}
