import type { FetchError } from './fetched.js';
import type { FrameworkKey } from './framework.js';
import type { ResourceRef } from './resource.js';
import type { Severity, Status } from './status.js';

/** Where a piece of evidence came from: which inventory key, which API calls, and when. */
export interface EvidenceSource {
  key: string;
  scope: string;
  apis: string[];
  collectedAt: string;
}

/** A time-boxed, owned exception: the item keeps its status but no longer gates. */
export interface WaiverMark {
  /** The waiver rule that matched, as written in the waiver file (check pattern). */
  check: string;
  resource: string;
  reason: string;
  owner: string;
  /** ISO date (YYYY-MM-DD); the waiver applies through the end of this day. */
  expires: string;
  ticket?: string;
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
  /** Set when an unexpired waiver covers this item. */
  waiver?: WaiverMark;
}
