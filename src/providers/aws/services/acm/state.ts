/** ACM inventory shapes and keys. No SDK imports. */
import { inventoryKey, type PerResource } from '../../../../model/keys.js';
import type { Named } from '../each-resource.js';

/** `ListCertificates` summary, reduced to what the checks read. `name` is the domain name. */
export interface Certificate extends Named {
  /** `ISSUED`, `EXPIRED`, `PENDING_VALIDATION`, `REVOKED`, `FAILED`, … */
  status: string;
  /** `AMAZON_ISSUED`, `IMPORTED` or `PRIVATE`. */
  type: string;
  /** e.g. `RSA_2048`, `EC_prime256v1`. */
  keyAlgorithm: string;
  notAfter?: string;
  inUse: boolean;
}

export const ACM_CERTIFICATES = inventoryKey<readonly Certificate[]>('aws.acm.certificates', 'regional');
/**
 * Certificate transparency logging preference (`ENABLED` or `DISABLED`) of each Amazon-issued
 * certificate, by ARN; only DescribeCertificate reports it.
 */
export const ACM_TRANSPARENCY = inventoryKey<PerResource<string>>('aws.acm.transparencyLogging', 'regional');
