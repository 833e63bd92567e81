import { fail, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { ELASTICACHE_REPLICATION_GROUPS } from '../state.js';

export const elastiCacheReplicationGroupMultiAz = eachResource(
  {
    id: 'aws.elasticache.replication-group-multi-az',
    title: 'ElastiCache replication groups fail over across Availability Zones',
    service: 'elasticache',
    resourceType: 'AWS::ElastiCache::ReplicationGroup',
    severity: 'medium',
    requires: [ELASTICACHE_REPLICATION_GROUPS],
    rationale:
      'Passes when MultiAZ is enabled and AutomaticFailover is enabled: when the primary or its zone fails, ElastiCache promotes a replica in another Availability Zone. Fails otherwise.',
    remediation: {
      text: 'Add a replica in another zone and enable Multi-AZ with automatic failover.',
      cli: 'aws elasticache modify-replication-group --replication-group-id <id> --multi-az-enabled --automatic-failover-enabled --apply-immediately',
    },
  },
  ELASTICACHE_REPLICATION_GROUPS,
  (g, r) =>
    g.multiAz && g.automaticFailover
      ? pass(r, 'multi-az', `Replication group ${g.name} fails over automatically to a replica in another zone.`, {
          multiAz: g.multiAz,
          automaticFailover: g.automaticFailover,
        })
      : fail(r, 'single-az', `Replication group ${g.name} has no automatic Multi-AZ failover.`, {
          multiAz: g.multiAz,
          automaticFailover: g.automaticFailover,
        }),
);
