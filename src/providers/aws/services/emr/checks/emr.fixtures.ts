import { ok, snapshot } from '../../../../../../test/support/snapshot.js';
import { ACCT, R } from '../../cases.fixtures.js';
import { EMR_BLOCK_PUBLIC_ACCESS, EMR_CLUSTERS, type EmrBlockPublicAccess, type EmrCluster } from '../state.js';

export function bpa(over: Partial<EmrBlockPublicAccess> = {}) {
  return snapshot().regional(EMR_BLOCK_PUBLIC_ACCESS, R, { blockPublicSecurityGroupRules: true, permittedRanges: [[22, 22]], ...over });
}

export function cluster(over: Partial<EmrCluster> = {}) {
  const c: EmrCluster = {
    arn: `arn:aws:elasticmapreduce:${R}:${ACCT}:cluster/j-1ABC`,
    name: 'j-1ABC',
    clusterName: 'etl',
    masterInstances: 1,
    masterPublicIps: [],
    ...over,
  };
  return snapshot().regional(EMR_CLUSTERS, R, { [c.name]: ok(c) });
}
