/** Builders for the EKS case tables. */
import { ok } from '../../../../../test/support/snapshot.js';
import type { Fetched } from '../../../../model/fetched.js';
import type { EksCluster } from './state.js';

export const R = 'us-east-1';

export function cluster(extra: Partial<EksCluster> = {}): Record<string, Fetched<EksCluster>> {
  const c: EksCluster = {
    name: 'prod',
    arn: 'arn:aws:eks:us-east-1:111122223333:cluster/prod',
    version: '1.34',
    endpointPublicAccess: false,
    endpointPrivateAccess: true,
    publicAccessCidrs: [],
    enabledLogTypes: ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'],
    secretsKeyArn: 'arn:aws:kms:us-east-1:111122223333:key/k',
    ...extra,
  };
  return { [c.name]: ok(c) };
}
