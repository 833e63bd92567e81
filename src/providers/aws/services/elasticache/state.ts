/** ElastiCache inventory shapes and keys. No SDK imports. */
import { inventoryKey } from '../../../../model/keys.js';
import type { Named } from '../each-resource.js';

/** `DescribeReplicationGroups` (Redis OSS and Valkey), reduced to what the checks read. */
export interface CacheReplicationGroup extends Named {
  engine: string;
  atRest: boolean;
  inTransit: boolean;
  /** Days automatic snapshots are kept; 0 turns them off. */
  snapshotRetentionDays: number;
  authToken: boolean;
  /** RBAC user groups attached; any one means users must authenticate. */
  userGroups: readonly string[];
  autoMinorVersionUpgrade: boolean;
  multiAz: boolean;
  automaticFailover: boolean;
}

export const ELASTICACHE_REPLICATION_GROUPS = inventoryKey<readonly CacheReplicationGroup[]>(
  'aws.elasticache.replicationGroups',
  'regional',
);
