/** Builders for the EC2 compute case tables. */
import { ACCOUNT } from '../../../../../../test/support/snapshot.js';
import type { Ec2Instance } from '../compute-state.js';

export const R = 'us-east-1';

export function instance(extra: Partial<Ec2Instance> = {}): Ec2Instance {
  return {
    name: 'i-0abc',
    arn: `arn:aws:ec2:${R}:${ACCOUNT}:instance/i-0abc`,
    state: 'running',
    httpTokens: 'required',
    httpEndpoint: 'enabled',
    instanceProfileArn: `arn:aws:iam::${ACCOUNT}:instance-profile/app`,
    ...extra,
  };
}
