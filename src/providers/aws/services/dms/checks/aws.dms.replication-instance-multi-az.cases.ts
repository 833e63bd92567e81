import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listed } from '../../cases.fixtures.js';
import { listingCases } from '../../listing-cases.fixtures.js';
import { DMS_REPLICATION_INSTANCES } from '../state.js';
import { dmsReplicationInstanceMultiAz as check } from './aws.dms.replication-instance-multi-az.js';
import { instance } from './dms.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'passes', snapshot: listed(DMS_REPLICATION_INSTANCES, instance()), expected: [['pass', 'multi-az']] },
    { name: 'fails', snapshot: listed(DMS_REPLICATION_INSTANCES, instance({ multiAz: false })), expected: [['fail', 'single-az']] },
    ...listingCases(DMS_REPLICATION_INSTANCES, 'dms:DescribeReplicationInstances'),
  ],
};
