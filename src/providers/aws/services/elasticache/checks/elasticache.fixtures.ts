import { ACCT, R } from '../../cases.fixtures.js';
import type { CacheReplicationGroup } from '../state.js';

export const group = (over: Partial<CacheReplicationGroup> = {}): CacheReplicationGroup => ({
  arn: `arn:aws:elasticache:${R}:${ACCT}:replicationgroup:cache`,
  name: 'cache',
  engine: 'valkey',
  atRest: true,
  inTransit: true,
  snapshotRetentionDays: 7,
  authToken: false,
  userGroups: ['app-users'],
  autoMinorVersionUpgrade: true,
  multiAz: true,
  automaticFailover: true,
  ...over,
});
