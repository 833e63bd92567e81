import type { FetchError } from '../inventory/fetched.js';
import type { FrameworkKey } from '../mapping/load.js';
import type { ResourceRef } from './resource.js';
import type { Severity, Status } from './status.js';

/** Where a piece of evidence came from: which inventory key, which API calls, and when. */
export interface EvidenceSource {
  key: string;
  scope: string;
  apis: string[];
  collectedAt: string;
}

/** One evaluated result, tagged with the controls it evidences. */
export interface EvidenceItem {
  /** Stable across runs: hash of check, account, region and resource id. */
  id: string;
  checkId: string;
  title: string;
  status: Status;
  severity: Severity;
  resource: ResourceRef;
  controls: Partial<Record<FrameworkKey, string[]>>;
  messageId: string;
  message: string;
  /** The facts the check used, with secrets redacted. */
  observed: Record<string, unknown>;
  error?: FetchError;
  sources: EvidenceSource[];
  /** Latest collection time of the sources. */
  collectedAt: string;
}
