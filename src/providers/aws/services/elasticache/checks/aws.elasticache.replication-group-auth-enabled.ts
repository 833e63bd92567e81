import { fail, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { ELASTICACHE_REPLICATION_GROUPS } from '../state.js';

export const elastiCacheReplicationGroupAuthEnabled = eachResource(
  {
    id: 'aws.elasticache.replication-group-auth-enabled',
    title: 'ElastiCache replication groups require authentication',
    service: 'elasticache',
    resourceType: 'AWS::ElastiCache::ReplicationGroup',
    severity: 'high',
    requires: [ELASTICACHE_REPLICATION_GROUPS],
    rationale:
      'Passes when the group requires an AUTH token (AuthTokenEnabled) or has role-based access control user groups attached, so a client must authenticate before running commands. Fails when anyone who reaches the port has full access.',
    remediation: {
      text: 'Attach an RBAC user group, or set an AUTH token (both need in-transit encryption).',
      cli: 'aws elasticache modify-replication-group --replication-group-id <id> --user-group-ids-to-add <group> --apply-immediately',
    },
  },
  ELASTICACHE_REPLICATION_GROUPS,
  (g, r) =>
    g.authToken || g.userGroups.length > 0
      ? pass(r, 'auth-required', `Replication group ${g.name} requires ${g.userGroups.length > 0 ? 'RBAC users' : 'an AUTH token'}.`, {
          authToken: g.authToken,
          userGroups: g.userGroups,
        })
      : fail(r, 'no-auth', `Replication group ${g.name} accepts commands from any client that can connect.`, {
          authToken: g.authToken,
          userGroups: g.userGroups,
        }),
);
