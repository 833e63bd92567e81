import { fail, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { ELASTICACHE_REPLICATION_GROUPS } from '../state.js';

export const elastiCacheReplicationGroupEncryptedInTransit = eachResource(
  {
    id: 'aws.elasticache.replication-group-encrypted-in-transit',
    title: 'ElastiCache replication groups encrypt traffic in transit',
    service: 'elasticache',
    resourceType: 'AWS::ElastiCache::ReplicationGroup',
    severity: 'high',
    requires: [ELASTICACHE_REPLICATION_GROUPS],
    rationale:
      'Passes when TransitEncryptionEnabled: client connections and replication between nodes use TLS. Fails when data and AUTH tokens cross the network in clear text.',
    remediation: {
      text: 'Enable in-transit encryption (in preferred mode first, then required, so clients can move over).',
      cli: 'aws elasticache modify-replication-group --replication-group-id <id> --transit-encryption-enabled --transit-encryption-mode preferred --apply-immediately',
    },
  },
  ELASTICACHE_REPLICATION_GROUPS,
  (g, r) =>
    g.inTransit
      ? pass(r, 'tls-on', `Replication group ${g.name} encrypts traffic with TLS.`, { inTransit: g.inTransit })
      : fail(r, 'tls-off', `Replication group ${g.name} accepts unencrypted connections.`, { inTransit: g.inTransit }),
);
