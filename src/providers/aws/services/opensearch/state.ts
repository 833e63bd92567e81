/** OpenSearch Service inventory shapes and keys. No SDK imports. */
import { inventoryKey } from '../../../../model/keys.js';
import type { PolicyDocument } from '../../iam-policy.js';
import type { Named } from '../each-resource.js';

/** `DescribeDomains`, reduced to what the checks read. */
export interface OpenSearchDomain extends Named {
  encryptionAtRest: boolean;
  nodeToNode: boolean;
  enforceHttps: boolean;
  /** e.g. `Policy-Min-TLS-1-2-2019-07`; absent when the API gave none. */
  tlsPolicy?: string;
  /** The domain has VPC endpoints only (no public endpoint). */
  inVpc: boolean;
  /** The domain's resource-based access policy; `null` when it has none. */
  accessPolicy: PolicyDocument | null;
  /** Set instead when the access policy could not be parsed. */
  accessPolicyUnreadable?: string;
  /** Log type (`AUDIT_LOGS`, `ES_APPLICATION_LOGS`, `SEARCH_SLOW_LOGS`, `INDEX_SLOW_LOGS`) → published to CloudWatch Logs. */
  logs: Readonly<Record<string, boolean>>;
  fineGrained: boolean;
  zoneAwareness: boolean;
  autoSoftwareUpdate: boolean;
}

export const OPENSEARCH_DOMAINS = inventoryKey<readonly OpenSearchDomain[]>('aws.opensearch.domains', 'regional');
