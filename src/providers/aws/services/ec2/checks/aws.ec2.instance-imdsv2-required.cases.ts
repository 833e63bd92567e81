import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { EC2_INSTANCES } from '../compute-state.js';
import { ec2InstanceImdsv2Required as check } from './aws.ec2.instance-imdsv2-required.js';
import { instance, R } from './compute.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'a compliant resource passes', snapshot: snapshot().regional(EC2_INSTANCES, R, [instance()]), expected: [['pass', 'imdsv2']] },
    {
      name: 'a non-compliant resource fails',
      snapshot: snapshot().regional(EC2_INSTANCES, R, [instance({ httpTokens: 'optional' })]),
      expected: [['fail', 'imdsv1-allowed']],
    },
    {
      name: 'a disabled endpoint passes',
      snapshot: snapshot().regional(EC2_INSTANCES, R, [instance({ httpTokens: 'optional', httpEndpoint: 'disabled' })]),
      expected: [['pass', 'metadata-disabled']],
    },
    {
      name: 'a denied listing is an error',
      snapshot: snapshot().regional(EC2_INSTANCES, R, denied()),
      expected: [['error', 'error.denied']],
    },
  ],
};
