import { ACCT, R } from '../../cases.fixtures.js';
import type { RedshiftCluster } from '../state.js';

export const cluster = (over: Partial<RedshiftCluster> = {}): RedshiftCluster => ({
  arn: `arn:aws:redshift:${R}:${ACCT}:cluster:dw`,
  name: 'dw',
  encrypted: true,
  publiclyAccessible: false,
  enhancedVpcRouting: true,
  snapshotRetentionDays: 7,
  allowVersionUpgrade: true,
  parameterGroups: ['secure'],
  ...over,
});
