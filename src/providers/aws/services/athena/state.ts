/** Athena state the checks read. No SDK imports: checks depend on this file. */
import { inventoryKey, type PerResource } from '../../../../model/keys.js';
import type { Named } from '../each-resource.js';

/** `GetWorkGroup`, reduced to the settings the checks judge. */
export interface AthenaWorkgroup extends Named {
  /** Engine.EffectiveEngineVersion: `Athena engine version 3`, or a `PySpark engine version` for Spark workgroups. */
  engine: string;
  /**
   * Configuration.EnforceWorkGroupConfiguration; `null` when the answer leaves it out (never guessed: the console starts with the
   * override off, and the API documents no default).
   */
  enforced: boolean | null;
  /** ResultConfiguration.EncryptionConfiguration.EncryptionOption (`SSE_S3`, `SSE_KMS`, `CSE_KMS`), or `null` when unset. */
  resultEncryption: string | null;
  /** The KMS key of SSE_KMS / CSE_KMS, when one is named. */
  resultKmsKey?: string;
  /** ManagedQueryResultsConfiguration.Enabled: results kept in Athena owned storage, which Athena always encrypts. */
  managedResults: boolean;
  /** Configuration.PublishCloudWatchMetricsEnabled; `null` when the answer leaves it out (never guessed). */
  metrics: boolean | null;
}

/** `ListWorkGroups`, then `GetWorkGroup` per ENABLED workgroup; keyed by workgroup name. */
export const ATHENA_WORKGROUPS = inventoryKey<PerResource<AthenaWorkgroup>>('aws.athena.workgroups', 'regional');

/** Spark-enabled workgroups run notebooks, not SQL queries; some workgroup settings do not apply to them. */
export function isSpark(w: AthenaWorkgroup): boolean {
  return /spark/i.test(w.engine);
}
