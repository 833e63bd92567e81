import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { EC2_INSTANCES } from '../compute-state.js';
import { ec2InstanceProfileAttached as check } from './aws.ec2.instance-profile-attached.js';
import { instance, R } from './compute.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'a compliant resource passes', snapshot: snapshot().regional(EC2_INSTANCES, R, [instance()]), expected: [['pass', 'profile']] },
    {
      name: 'a non-compliant resource fails',
      snapshot: snapshot().regional(EC2_INSTANCES, R, [instance({ instanceProfileArn: undefined })]),
      expected: [['fail', 'no-profile']],
    },

    {
      name: 'a denied listing is an error',
      snapshot: snapshot().regional(EC2_INSTANCES, R, denied()),
      expected: [['error', 'error.denied']],
    },
  ],
};
