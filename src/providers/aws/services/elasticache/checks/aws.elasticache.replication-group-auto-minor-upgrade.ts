import { fail, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { ELASTICACHE_REPLICATION_GROUPS } from '../state.js';

export const elastiCacheReplicationGroupAutoMinorUpgrade = eachResource(
  {
    id: 'aws.elasticache.replication-group-auto-minor-upgrade',
    title: 'ElastiCache replication groups take minor engine upgrades automatically',
    service: 'elasticache',
    resourceType: 'AWS::ElastiCache::ReplicationGroup',
    severity: 'medium',
    requires: [ELASTICACHE_REPLICATION_GROUPS],
    rationale:
      'Passes when AutoMinorVersionUpgrade is on, so ElastiCache applies minor engine versions (with security fixes) in the maintenance window. Fails when they wait for someone to apply them.',
    remediation: {
      text: 'Turn on auto minor version upgrade.',
      cli: 'aws elasticache modify-replication-group --replication-group-id <id> --auto-minor-version-upgrade --apply-immediately',
    },
  },
  ELASTICACHE_REPLICATION_GROUPS,
  (g, r) =>
    g.autoMinorVersionUpgrade
      ? pass(r, 'auto-upgrade-on', `Replication group ${g.name} takes minor engine upgrades automatically.`, {
          autoMinorVersionUpgrade: g.autoMinorVersionUpgrade,
        })
      : fail(r, 'auto-upgrade-off', `Replication group ${g.name} does not take minor engine upgrades automatically.`, {
          autoMinorVersionUpgrade: g.autoMinorVersionUpgrade,
        }),
);
