import { type CheckCases, denied, ok, snapshot } from '../../../../../../test/support/snapshot.js';
import type { Fetched } from '../../../../../model/fetched.js';
import { R } from '../../cases.fixtures.js';
import { BACKUP_PLAN_DETAILS, BACKUP_PLANS, type BackupPlanDetail } from '../state.js';
import { backupPlanCrossRegionCopy as check } from './aws.backup.plan-cross-region-copy.js';
import { plan, vaultIn } from './backup.fixtures.js';

const with_ = (d: Fetched<BackupPlanDetail>) => snapshot().regional(BACKUP_PLANS, R, [plan()]).regional(BACKUP_PLAN_DETAILS, R, { p1: d });
const copying = (...to: string[]) => ok({ rules: [{ name: 'daily', copyDestinations: to }], selections: 1 });

export const table: CheckCases = {
  check,
  cases: [
    { name: 'a copy to another region passes', snapshot: with_(copying(vaultIn('eu-west-1'))), expected: [['pass', 'copies-away']] },
    {
      name: 'a copy to another account passes',
      snapshot: with_(copying(`arn:aws:backup:${R}:999988887777:backup-vault:central`)),
      expected: [['pass', 'copies-away']],
    },
    { name: 'a copy within the region fails', snapshot: with_(copying(vaultIn(R))), expected: [['fail', 'no-copy-away']] },
    { name: 'no copy at all fails', snapshot: with_(copying()), expected: [['fail', 'no-copy-away']] },
    { name: 'unreadable plan is an error', snapshot: with_(denied('backup:GetBackupPlan')), expected: [['error', 'error.denied']] },
  ],
};
