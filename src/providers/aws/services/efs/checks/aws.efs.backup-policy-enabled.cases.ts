import { type CheckCases, denied, ok, snapshot } from '../../../../../../test/support/snapshot.js';
import type { Fetched } from '../../../../../model/fetched.js';
import { deniedKey, R } from '../../cases.fixtures.js';
import { EFS_BACKUP_POLICIES, EFS_FILE_SYSTEMS } from '../state.js';
import { efsBackupPolicyEnabled as check } from './aws.efs.backup-policy-enabled.js';
import { fs } from './efs.fixtures.js';

const with_ = (status: Fetched<string | null>) =>
  snapshot().regional(EFS_FILE_SYSTEMS, R, [fs()]).regional(EFS_BACKUP_POLICIES, R, { 'fs-1': status });

export const table: CheckCases = {
  check,
  cases: [
    { name: 'enabled passes', snapshot: with_(ok('ENABLED')), expected: [['pass', 'backups-on']] },
    { name: 'disabled fails', snapshot: with_(ok('DISABLED')), expected: [['fail', 'backups-off']] },
    { name: 'never set fails', snapshot: with_(ok(null)), expected: [['fail', 'backups-off']] },
    {
      name: 'unreadable policy is an error',
      snapshot: with_(denied('elasticfilesystem:DescribeBackupPolicy')),
      expected: [['error', 'error.denied']],
    },
    {
      name: 'denied listing is an error',
      snapshot: deniedKey(EFS_FILE_SYSTEMS, 'elasticfilesystem:DescribeFileSystems'),
      expected: [['error', 'error.denied']],
    },
  ],
};
