import { fail, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { ELASTICACHE_REPLICATION_GROUPS } from '../state.js';

export const elastiCacheReplicationGroupEncryptedAtRest = eachResource(
  {
    id: 'aws.elasticache.replication-group-encrypted-at-rest',
    title: 'ElastiCache replication groups encrypt data at rest',
    service: 'elasticache',
    resourceType: 'AWS::ElastiCache::ReplicationGroup',
    severity: 'high',
    requires: [ELASTICACHE_REPLICATION_GROUPS],
    rationale:
      'Passes when AtRestEncryptionEnabled: data on disk during sync and swap, and snapshots in S3, are encrypted. Fails otherwise; it can only be chosen when the group is created (or by migrating to a new group).',
    remediation: {
      text: 'Create an encrypted replication group from a snapshot and move clients to it.',
      cli: 'aws elasticache create-replication-group --replication-group-id <id> --at-rest-encryption-enabled --snapshot-name <snapshot> ...',
    },
  },
  ELASTICACHE_REPLICATION_GROUPS,
  (g, r) =>
    g.atRest
      ? pass(r, 'encrypted', `Replication group ${g.name} encrypts data at rest.`, { atRest: g.atRest })
      : fail(r, 'not-encrypted', `Replication group ${g.name} does not encrypt data at rest.`, { atRest: g.atRest }),
);
