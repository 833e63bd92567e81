import { type CheckCases, denied, ok, snapshot } from '../../../../../../test/support/snapshot.js';
import type { Fetched } from '../../../../../model/fetched.js';
import { deniedKey, R } from '../../cases.fixtures.js';
import { BACKUP_PLAN_DETAILS, BACKUP_PLANS, type BackupPlanDetail } from '../state.js';
import { backupPlansPresent as check } from './aws.backup.plans-present.js';
import { plan } from './backup.fixtures.js';

const detail = (selections: number): Fetched<BackupPlanDetail> => ok({ rules: [{ name: 'daily', copyDestinations: [] }], selections });
const with_ = (details: Record<string, Fetched<BackupPlanDetail>>) =>
  snapshot()
    .regional(
      BACKUP_PLANS,
      R,
      Object.keys(details).map((id) => plan({ id, name: id })),
    )
    .regional(BACKUP_PLAN_DETAILS, R, details);

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'a plan with a selection passes',
      snapshot: with_({ p1: detail(0), p2: detail(1) }),
      expected: [['pass', 'plans-select-resources']],
    },
    {
      name: 'a covering plan passes even if another is unreadable',
      snapshot: with_({ p1: denied('backup:GetBackupPlan'), p2: detail(2) }),
      expected: [['pass', 'plans-select-resources']],
    },
    { name: 'no plans fails', snapshot: snapshot().regional(BACKUP_PLANS, R, []), expected: [['fail', 'no-plans']] },
    { name: 'plans without selections fail', snapshot: with_({ p1: detail(0) }), expected: [['fail', 'no-selections']] },
    {
      name: 'an unreadable plan with no covering one is an error',
      snapshot: with_({ p1: detail(0), p2: denied('backup:ListBackupSelections') }),
      expected: [['error', 'error.denied']],
    },
    {
      name: 'denied listing is an error',
      snapshot: deniedKey(BACKUP_PLANS, 'backup:ListBackupPlans'),
      expected: [['error', 'error.denied']],
    },
  ],
};
