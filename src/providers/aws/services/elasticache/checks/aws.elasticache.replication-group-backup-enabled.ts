import { fail, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { ELASTICACHE_REPLICATION_GROUPS } from '../state.js';

export const elastiCacheReplicationGroupBackupEnabled = eachResource(
  {
    id: 'aws.elasticache.replication-group-backup-enabled',
    title: 'ElastiCache replication groups take automatic snapshots',
    service: 'elasticache',
    resourceType: 'AWS::ElastiCache::ReplicationGroup',
    severity: 'medium',
    requires: [ELASTICACHE_REPLICATION_GROUPS],
    rationale:
      'Passes when SnapshotRetentionLimit is above 0, so ElastiCache takes a daily snapshot and keeps it that many days. Fails when it is 0: a cache used as a data store then has no copy to restore.',
    remediation: {
      text: 'Set a snapshot retention limit.',
      cli: 'aws elasticache modify-replication-group --replication-group-id <id> --snapshot-retention-limit 7 --apply-immediately',
    },
  },
  ELASTICACHE_REPLICATION_GROUPS,
  (g, r) =>
    g.snapshotRetentionDays > 0
      ? pass(r, 'backups-on', `Replication group ${g.name} keeps automatic snapshots for ${g.snapshotRetentionDays} days.`, {
          snapshotRetentionDays: g.snapshotRetentionDays,
        })
      : fail(r, 'backups-off', `Replication group ${g.name} takes no automatic snapshots.`, {
          snapshotRetentionDays: g.snapshotRetentionDays,
        }),
);
