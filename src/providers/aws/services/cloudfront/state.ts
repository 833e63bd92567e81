/** CloudFront state the checks read (a global service). No SDK imports. */
import { inventoryKey, type PerResource } from '../../../../model/keys.js';

export interface CloudFrontOrigin {
  id: string;
  domainName: string;
  /** `s3` for an S3 REST origin (S3OriginConfig), `custom` otherwise. */
  kind: 's3' | 'custom';
  /** Origin access control id, when one is attached. */
  originAccessControlId?: string;
  /** Legacy origin access identity (`origin-access-identity/cloudfront/E…`), when set. */
  originAccessIdentity?: string;
  /** Custom origins: `http-only`, `match-viewer` or `https-only`. */
  originProtocolPolicy?: string;
}

/** `ListDistributions`, reduced. */
export interface CloudFrontDistribution {
  /** The distribution id. */
  name: string;
  arn: string;
  domainName: string;
  /** Viewer protocol policy of the default and every other cache behaviour, by path pattern (`*` = default). */
  viewerProtocolPolicies: Record<string, string>;
  /** The viewer certificate: CloudFront's default `*.cloudfront.net` one, or a custom one with its minimum protocol. */
  defaultCertificate: boolean;
  minimumProtocolVersion?: string;
  origins: CloudFrontOrigin[];
  /** Web ACL (WAFv2 ARN or classic id), when associated. */
  webAclId?: string;
  /** Field-level encryption configuration of the default cache behaviour. */
  fieldLevelEncryptionId?: string;
}

export const CLOUDFRONT_DISTRIBUTIONS = inventoryKey<CloudFrontDistribution[]>('aws.cloudfront.distributions', 'global');
/** `GetDistributionConfig` per distribution, keyed by id: whether legacy standard logging to S3 is on. */
export const CLOUDFRONT_LEGACY_LOGGING = inventoryKey<PerResource<boolean>>('aws.cloudfront.legacyLogging', 'global');
/**
 * CloudWatch Logs vended-log deliveries (standard logging v2): ARNs of distributions whose
 * ACCESS_LOGS delivery source has at least one delivery. Read in us-east-1, where CloudFront's are.
 */
export const CLOUDFRONT_LOG_DELIVERIES = inventoryKey<string[]>('aws.cloudfront.logDeliveries', 'global');
