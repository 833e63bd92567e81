/** GuardDuty inventory shapes and keys. No SDK imports here: checks depend on this file. */
import { inventoryKey, type PerResource } from '../../../../model/keys.js';

/** `GetDetector`, reduced. */
export interface GuardDutyDetector {
  detectorId: string;
  /** `ENABLED` or `DISABLED`. */
  status: string;
  findingPublishingFrequency?: string;
  /** Protection features by name (e.g. `S3_DATA_EVENTS`) → `ENABLED` | `DISABLED`. */
  features: Record<string, string>;
}

/** `ListDetectors` (paginated), then `GetDetector` per detector; keyed by detector id. */
export const GUARDDUTY_DETECTORS = inventoryKey<PerResource<GuardDutyDetector>>('aws.guardduty.detectors', 'regional');
