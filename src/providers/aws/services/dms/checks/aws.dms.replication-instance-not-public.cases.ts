import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listed } from '../../cases.fixtures.js';
import { listingCases } from '../../listing-cases.fixtures.js';
import { DMS_REPLICATION_INSTANCES } from '../state.js';
import { dmsReplicationInstanceNotPublic as check } from './aws.dms.replication-instance-not-public.js';
import { instance } from './dms.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'passes', snapshot: listed(DMS_REPLICATION_INSTANCES, instance()), expected: [['pass', 'private']] },
    { name: 'fails', snapshot: listed(DMS_REPLICATION_INSTANCES, instance({ publiclyAccessible: true })), expected: [['fail', 'public']] },
    ...listingCases(DMS_REPLICATION_INSTANCES, 'dms:DescribeReplicationInstances'),
  ],
};
