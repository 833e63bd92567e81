/** DMS inventory shapes and keys. No SDK imports: checks depend on this file. */
import { inventoryKey } from '../../../../model/keys.js';
import type { Named } from '../each-resource.js';

/** `DescribeReplicationInstances`, reduced to what the checks read. `name` is the instance identifier. */
export interface ReplicationInstance extends Named {
  publiclyAccessible: boolean;
  autoMinorVersionUpgrade: boolean;
  multiAz: boolean;
}

export const DMS_REPLICATION_INSTANCES = inventoryKey<readonly ReplicationInstance[]>('aws.dms.replicationInstances', 'regional');
