import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { deniedKey, listed, throttledKey } from '../../cases.fixtures.js';
import { RDS_INSTANCES } from '../state.js';
import { rdsInstanceIamAuthEnabled as check } from './aws.rds.instance-iam-auth-enabled.js';
import { instance, member } from './rds.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'passes', snapshot: listed(RDS_INSTANCES, instance()), expected: [['pass', 'iam-auth-on']] },
    { name: 'fails', snapshot: listed(RDS_INSTANCES, instance({ iamAuth: false })), expected: [['fail', 'iam-auth-off']] },
    {
      name: 'cluster member is not applicable',
      snapshot: listed(RDS_INSTANCES, member()),
      expected: [['not_applicable', 'cluster-member']],
    },
    {
      name: 'engine without IAM auth is not applicable',
      snapshot: listed(RDS_INSTANCES, instance({ engine: 'sqlserver-se', iamAuth: false })),
      expected: [['not_applicable', 'engine-unsupported']],
    },
    { name: 'no resources, no findings', snapshot: listed(RDS_INSTANCES), expected: [] },
    { name: 'denied listing is an error', snapshot: deniedKey(RDS_INSTANCES, 'rds:Describe'), expected: [['error', 'error.denied']] },
    {
      name: 'throttled listing is an error',
      snapshot: throttledKey(RDS_INSTANCES, 'rds:Describe'),
      expected: [['error', 'error.throttled']],
    },
  ],
};
