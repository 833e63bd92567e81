import { type CheckCases, denied, ok, snapshot } from '../../../../../../test/support/snapshot.js';
import type { Fetched } from '../../../../../model/fetched.js';
import { deniedKey, R } from '../../cases.fixtures.js';
import { BACKUP_PLAN_DETAILS, BACKUP_PLANS, type BackupPlanDetail } from '../state.js';
import { backupPlanSelectionPresent as check } from './aws.backup.plan-selection-present.js';
import { plan } from './backup.fixtures.js';

const with_ = (d: Fetched<BackupPlanDetail>) => snapshot().regional(BACKUP_PLANS, R, [plan()]).regional(BACKUP_PLAN_DETAILS, R, { p1: d });

export const table: CheckCases = {
  check,
  cases: [
    { name: 'selected resources pass', snapshot: with_(ok({ rules: [], selections: 2 })), expected: [['pass', 'has-selection']] },
    { name: 'no selection fails', snapshot: with_(ok({ rules: [], selections: 0 })), expected: [['fail', 'no-selection']] },
    { name: 'unreadable plan is an error', snapshot: with_(denied('backup:ListBackupSelections')), expected: [['error', 'error.denied']] },
    {
      name: 'denied listing is an error',
      snapshot: deniedKey(BACKUP_PLANS, 'backup:ListBackupPlans'),
      expected: [['error', 'error.denied']],
    },
  ],
};
