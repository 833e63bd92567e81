import { errorFinding, fail, lookup, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { BACKUP_PLAN_DETAILS, BACKUP_PLANS } from '../state.js';

export const backupPlanSelectionPresent = eachResource(
  {
    id: 'aws.backup.plan-selection-present',
    title: 'AWS Backup plans select resources to back up',
    service: 'backup',
    resourceType: 'AWS::Backup::BackupPlan',
    severity: 'medium',
    requires: [BACKUP_PLANS, BACKUP_PLAN_DETAILS],
    rationale:
      'Passes when ListBackupSelections returns at least one selection for the plan. Fails when the plan has rules but no ' +
      'resource assignment: it runs on schedule and backs up nothing, which reads as protection on a dashboard but is none.',
    remediation: {
      text: 'Assign resources to the plan by tag or ARN, or delete the unused plan.',
      cli: 'aws backup create-backup-selection --backup-plan-id <id> --backup-selection file://selection.json',
    },
  },
  BACKUP_PLANS,
  (p, r, ctx, region) => {
    const got = lookup(ctx, BACKUP_PLAN_DETAILS, p.id, region);
    if (!got.ok) return errorFinding(r, got.error);
    return got.value.selections > 0
      ? pass(r, 'has-selection', `Plan ${p.name} selects resources (${got.value.selections} selection(s)).`, {
          selections: got.value.selections,
        })
      : fail(r, 'no-selection', `Plan ${p.name} selects no resources.`, { selections: 0 });
  },
);
