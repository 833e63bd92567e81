import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { deniedKey, listed, throttledKey } from '../../cases.fixtures.js';
import { RDS_INSTANCES } from '../state.js';
import { rdsInstanceBackupRetention as check } from './aws.rds.instance-backup-retention.js';
import { instance, member } from './rds.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'passes', snapshot: listed(RDS_INSTANCES, instance()), expected: [['pass', 'retention-ok']] },
    { name: 'fails', snapshot: listed(RDS_INSTANCES, instance({ backupRetentionDays: 3 })), expected: [['fail', 'retention-short']] },
    {
      name: 'cluster member is not applicable',
      snapshot: listed(RDS_INSTANCES, member()),
      expected: [['not_applicable', 'cluster-member']],
    },
    {
      name: 'backups off fails',
      snapshot: listed(RDS_INSTANCES, instance({ backupRetentionDays: 0 })),
      expected: [['fail', 'backups-off']],
    },
    {
      name: 'longer than the minimum passes',
      snapshot: listed(RDS_INSTANCES, instance({ backupRetentionDays: 35 })),
      expected: [['pass', 'retention-ok']],
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
