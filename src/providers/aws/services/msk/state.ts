/** Amazon MSK state the checks read. No SDK imports: checks depend on this file. */
import { type FetchError, missingData } from '../../../../model/fetched.js';
import { inventoryKey } from '../../../../model/keys.js';
import type { Named } from '../each-resource.js';

/** The settings of a provisioned cluster the checks judge, with the API's documented defaults applied. */
export interface MskProvisioned {
  /**
   * EncryptionInTransit.ClientBroker: `TLS`, `TLS_PLAINTEXT` or `PLAINTEXT`; `null` when the answer leaves it out (never guessed:
   * the API reference gives TLS_PLAINTEXT as the default, the CloudFormation reference TLS).
   */
  clientBroker: string | null;
  /** EncryptionInTransit.InCluster; absent reads as `true`, the API's default. */
  inCluster: boolean;
  /** ConnectivityInfo.PublicAccess.Type: `DISABLED` or `SERVICE_PROVIDED_EIPS`; absent reads as `DISABLED`. */
  publicAccess: string;
  /** ClientAuthentication.Unauthenticated.Enabled. */
  unauthenticated: boolean;
  /** Client authentication methods turned on: `IAM`, `SCRAM`, `TLS`. */
  authMethods: readonly string[];
  /** EnhancedMonitoring: `DEFAULT`, `PER_BROKER`, `PER_TOPIC_PER_BROKER` or `PER_TOPIC_PER_PARTITION`. */
  monitoring: string;
}

/** `ListClustersV2`, reduced. Serverless clusters carry no provisioned settings: the service fixes them. */
export interface MskCluster extends Named {
  type: 'PROVISIONED' | 'SERVERLESS';
  state: string;
  provisioned?: MskProvisioned;
}

export const MSK_CLUSTERS = inventoryKey<readonly MskCluster[]>('aws.msk.clusters', 'regional');

/** A provisioned cluster without its settings is an error: never judged as a serverless one. */
export function provisionedMissing(c: MskCluster): FetchError | undefined {
  return c.type === 'PROVISIONED' && !c.provisioned
    ? missingData('kafka:ListClustersV2', `cluster ${c.name}: no Provisioned settings in the answer`)
    : undefined;
}

/** Monitoring levels from least to most detailed. */
export const MSK_MONITORING_LEVELS = ['DEFAULT', 'PER_BROKER', 'PER_TOPIC_PER_BROKER', 'PER_TOPIC_PER_PARTITION'] as const;
