/** RDS inventory shapes and keys (instances, Aurora and Multi-AZ DB clusters, manual snapshots). No SDK imports. */
import { inventoryKey, type PerResource } from '../../../../model/keys.js';
import type { Named } from '../each-resource.js';

/** `DescribeDBInstances`, reduced to what the checks read. */
export interface RdsInstance extends Named {
  engine: string;
  engineVersion: string;
  /** Set when the instance belongs to a cluster, which then owns backups, deletion protection, IAM auth and log exports. */
  clusterId?: string;
  storageEncrypted: boolean;
  autoMinorVersionUpgrade: boolean;
  publiclyAccessible: boolean;
  multiAz: boolean;
  backupRetentionDays: number;
  deletionProtection: boolean;
  iamAuth: boolean;
  logExports: readonly string[];
  copyTagsToSnapshot: boolean;
  /** Seconds between Enhanced Monitoring samples; 0 when off. */
  monitoringInterval: number;
}

/** `DescribeDBClusters`, reduced to what the checks read. */
export interface RdsCluster extends Named {
  engine: string;
  engineVersion: string;
  storageEncrypted: boolean;
  /** RDS's own verdict: the cluster has instances in more than one Availability Zone. */
  multiAz: boolean;
  backupRetentionDays: number;
  deletionProtection: boolean;
  iamAuth: boolean;
  logExports: readonly string[];
  copyTagsToSnapshot: boolean;
}

/** A manual DB or cluster snapshot (automated ones cannot be shared, so they are not listed). */
export interface RdsSnapshot extends Named {
  kind: 'instance' | 'cluster';
  /** The DB instance or cluster it was taken from. */
  source: string;
}

export const RDS_INSTANCES = inventoryKey<readonly RdsInstance[]>('aws.rds.instances', 'regional');
export const RDS_CLUSTERS = inventoryKey<readonly RdsCluster[]>('aws.rds.clusters', 'regional');
export const RDS_SNAPSHOTS = inventoryKey<readonly RdsSnapshot[]>('aws.rds.snapshots', 'regional');
/** The `restore` attribute of each manual snapshot, by snapshot ARN: account ids it is shared with, or `all`. */
export const RDS_SNAPSHOT_RESTORE = inventoryKey<PerResource<readonly string[]>>('aws.rds.snapshotRestoreAttributes', 'regional');
