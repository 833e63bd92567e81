import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { EC2_INSTANCES } from '../compute-state.js';
import { ec2InstanceNoPublicIp as check } from './aws.ec2.instance-no-public-ip.js';
import { instance, R } from './compute.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'a compliant resource passes', snapshot: snapshot().regional(EC2_INSTANCES, R, [instance()]), expected: [['pass', 'private']] },
    {
      name: 'a non-compliant resource fails',
      snapshot: snapshot().regional(EC2_INSTANCES, R, [instance({ publicIp: '203.0.113.7' })]),
      expected: [['fail', 'public-ip']],
    },

    {
      name: 'a denied listing is an error',
      snapshot: snapshot().regional(EC2_INSTANCES, R, denied()),
      expected: [['error', 'error.denied']],
    },
  ],
};
