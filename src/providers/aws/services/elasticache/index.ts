import type { AwsService } from '../../service.js';
import { elastiCacheReplicationGroupAuthEnabled } from './checks/aws.elasticache.replication-group-auth-enabled.js';
import { elastiCacheReplicationGroupAutoMinorUpgrade } from './checks/aws.elasticache.replication-group-auto-minor-upgrade.js';
import { elastiCacheReplicationGroupBackupEnabled } from './checks/aws.elasticache.replication-group-backup-enabled.js';
import { elastiCacheReplicationGroupEncryptedAtRest } from './checks/aws.elasticache.replication-group-encrypted-at-rest.js';
import { elastiCacheReplicationGroupEncryptedInTransit } from './checks/aws.elasticache.replication-group-encrypted-in-transit.js';
import { elastiCacheReplicationGroupMultiAz } from './checks/aws.elasticache.replication-group-multi-az.js';
import { elastiCacheCollectors } from './collect.js';
import { elastiCacheDemo } from './demo.js';

export const elasticache: AwsService = {
  id: 'elasticache',
  collectors: elastiCacheCollectors,
  checks: [
    elastiCacheReplicationGroupAuthEnabled,
    elastiCacheReplicationGroupAutoMinorUpgrade,
    elastiCacheReplicationGroupBackupEnabled,
    elastiCacheReplicationGroupEncryptedAtRest,
    elastiCacheReplicationGroupEncryptedInTransit,
    elastiCacheReplicationGroupMultiAz,
  ],
  links: new URL('./links.yaml', import.meta.url),
  demo: elastiCacheDemo,
};
