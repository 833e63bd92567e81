import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { deniedKey, listed, throttledKey } from '../../cases.fixtures.js';
import { RDS_INSTANCES } from '../state.js';
import { rdsInstanceAutoMinorUpgradeEnabled as check } from './aws.rds.instance-auto-minor-upgrade-enabled.js';
import { instance } from './rds.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'passes', snapshot: listed(RDS_INSTANCES, instance()), expected: [['pass', 'auto-upgrade-on']] },
    {
      name: 'fails',
      snapshot: listed(RDS_INSTANCES, instance({ autoMinorVersionUpgrade: false })),
      expected: [['fail', 'auto-upgrade-off']],
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
