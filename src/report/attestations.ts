/**
 * attestations.yaml: what the organisation records for controls no API can judge (and any other
 * Annex A control): implementation status, owner, evidencing documents and review dates.
 * Document hashes are taken when a report or bundle is made and compared with the hash recorded
 * when the control was attested, so an edited policy shows up.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { InputError } from '../errors.js';
import { sha256 } from '../evidence/manifest.js';
import { readInputFile } from '../input-file.js';

export const ATTESTATION_STATUSES = ['implemented', 'partially', 'planned', 'not_implemented'] as const;
export type AttestationStatus = (typeof ATTESTATION_STATUSES)[number];

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(
    (d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
    'is not a real date',
  );

const DocumentSchema = z.union([
  z.string().trim().min(1, 'must not be empty'),
  z
    .object({
      path: z.string().trim().min(1, 'must not be empty'),
      /** The document's SHA-256 when it was attested; a different hash at report time is flagged. */
      sha256: z
        .string()
        .regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits')
        .optional(),
    })
    .strict(),
]);

const AttestationSchema = z
  .object({
    status: z.enum(ATTESTATION_STATUSES),
    owner: z.string().trim().min(1, 'must not be empty'),
    documents: z.array(DocumentSchema).default([]),
    last_review: isoDate,
    next_review: isoDate,
    notes: z.string().trim().min(1).optional(),
  })
  .strict()
  .superRefine((a, ctx) => {
    if (a.next_review < a.last_review) ctx.addIssue({ code: 'custom', path: ['next_review'], message: 'is before last_review' });
  });

const AttestationFileSchema = z.object({ controls: z.record(z.string(), AttestationSchema) }).strict();

export interface AttestedDocument {
  /** As written in the file (relative to the file's directory unless absolute). */
  path: string;
  /** SHA-256 now; absent when the file is missing. */
  sha256?: string;
  bytes?: number;
  /** The hash recorded in attestations.yaml, when one was. */
  attestedSha256?: string;
  missing: boolean;
  changed: boolean;
}

export interface Attestation {
  control: string;
  status: AttestationStatus;
  owner: string;
  lastReview: string;
  nextReview: string;
  notes?: string;
  documents: AttestedDocument[];
}

export interface AttestationSet {
  file: string;
  byControl: Map<string, Attestation>;
}

function hashDocument(base: string, path: string, attested: string | undefined): AttestedDocument {
  const full = resolve(base, path);
  if (!existsSync(full) || !statSync(full).isFile())
    return { path, ...(attested ? { attestedSha256: attested } : {}), missing: true, changed: false };
  const data = readFileSync(full);
  const now = sha256(data);
  return {
    path,
    sha256: now,
    bytes: data.length,
    ...(attested ? { attestedSha256: attested } : {}),
    missing: false,
    changed: attested !== undefined && attested !== now,
  };
}

/**
 * Read and validate the file, then hash every document it names. Unknown control ids are errors,
 * so a typo never leaves a control silently unattested.
 */
export function loadAttestations(file: string, controlIds: readonly string[], label: string = file): AttestationSet {
  const data = readInputFile(file, label, 'yaml', AttestationFileSchema);
  const known = new Set(controlIds);
  const base = dirname(file);
  const byControl = new Map<string, Attestation>();
  for (const [id, a] of Object.entries(data.controls)) {
    if (!known.has(id))
      throw new InputError(label, `controls.${id}: not an ISO/IEC 27001:2022 Annex A control id (expected e.g. A.5.1 … A.8.34)`);
    byControl.set(id, {
      control: id,
      status: a.status,
      owner: a.owner,
      lastReview: a.last_review,
      nextReview: a.next_review,
      ...(a.notes ? { notes: a.notes } : {}),
      documents: a.documents.map((d) => (typeof d === 'string' ? hashDocument(base, d, undefined) : hashDocument(base, d.path, d.sha256))),
    });
  }
  return { file: label, byControl };
}

/** What an auditor must look at for one control: overdue review, changed or missing documents, contradicting evidence. */
export function attestationFlags(a: Attestation, today: string, failing: number): string[] {
  const flags: string[] = [];
  if (a.nextReview < today) flags.push(`review overdue since ${a.nextReview}`);
  for (const d of a.documents) {
    if (d.missing) flags.push(`document missing: ${d.path}`);
    else if (d.changed) flags.push(`document changed since attested: ${d.path}`);
  }
  if (failing > 0 && (a.status === 'implemented' || a.status === 'partially'))
    flags.push(`attested ${a.status}, yet ${failing} automated evidence item(s) fail`);
  return flags;
}

/** The automated side of a control in one word, for the side-by-side view. */
export function automatedStatus(counts: { pass: number; fail: number; error: number; checks: readonly string[] }): string {
  if (counts.fail > 0) return 'failing';
  if (counts.error > 0) return 'incomplete';
  if (counts.pass > 0) return 'passing';
  return counts.checks.length ? 'no resources' : 'no automated checks';
}
