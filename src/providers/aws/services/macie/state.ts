/** Amazon Macie: SDK-free shape and key. */
import { inventoryKey } from '../../../../model/keys.js';

/** `macie2:GetMacieSession`; `null` when Macie is not enabled in the region. */
export interface MacieSession {
  /** `ENABLED` or `PAUSED`. */
  status: string;
  findingPublishingFrequency?: string;
}

export const MACIE_SESSION = inventoryKey<MacieSession | null>('aws.macie.session', 'regional');
