import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listed } from '../../cases.fixtures.js';
import { listingCases } from '../../listing-cases.fixtures.js';
import { DMS_REPLICATION_INSTANCES } from '../state.js';
import { dmsReplicationInstanceAutoMinorUpgrade as check } from './aws.dms.replication-instance-auto-minor-upgrade.js';
import { instance } from './dms.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'passes', snapshot: listed(DMS_REPLICATION_INSTANCES, instance()), expected: [['pass', 'auto-upgrade']] },
    {
      name: 'fails',
      snapshot: listed(DMS_REPLICATION_INSTANCES, instance({ autoMinorVersionUpgrade: false })),
      expected: [['fail', 'no-auto-upgrade']],
    },
    ...listingCases(DMS_REPLICATION_INSTANCES, 'dms:DescribeReplicationInstances'),
  ],
};
