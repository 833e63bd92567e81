/** The bundle's table of contents: every file with its SHA-256 and size, optionally signed. */
import { createHash } from 'node:crypto';

export const BUNDLE_SCHEMA = 'annexa.evidence/v1';
export const SIGNATURE_SCHEMA = 'annexa.evidence-signature/v1';
export const MANIFEST = 'manifest.json';
export const SIGNATURE = 'manifest.sig';

export interface ManifestFile {
  /** Relative to the bundle root, with `/` separators. */
  path: string;
  sha256: string;
  bytes: number;
}

export interface Manifest {
  schema: typeof BUNDLE_SCHEMA;
  /** When the evidence was evaluated (the run's evaluatedAt), so a bundle is reproducible. */
  createdAt: string;
  tool: { name: 'annexa'; version: string };
  mappingVersion: string;
  accounts: string[];
  items: number;
  /** Every file except the manifest and its signature, sorted by path. */
  files: ManifestFile[];
  /**
   * Documents named in attestations.yaml, hashed when the bundle was made (paths as written there,
   * relative to that file's directory). Signed with the rest; `evidence verify --documents DIR` re-hashes them.
   */
  attested?: (ManifestFile & { control: string })[];
}

/** Signs the exact bytes of manifest.json; the public key travels along for convenience only. */
export interface SignatureFile {
  schema: typeof SIGNATURE_SCHEMA;
  algorithm: 'ed25519';
  signs: typeof MANIFEST;
  fingerprint: string;
  publicKey: string;
  /** Base64. */
  signature: string;
}

export function sha256(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

export function describeFile(path: string, data: Buffer): ManifestFile {
  return { path, sha256: sha256(data), bytes: data.length };
}
