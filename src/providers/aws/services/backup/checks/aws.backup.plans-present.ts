import type { Check } from '../../../../../model/check.js';
import { accountResource, errorFinding, fail, pass, readFetched, readRegional } from '../../../../check-kit.js';
import { BACKUP_PLAN_DETAILS, BACKUP_PLANS } from '../state.js';

const TYPE = 'AWS::Backup::BackupPlan';

export const backupPlansPresent: Check = {
  meta: {
    id: 'aws.backup.plans-present',
    title: 'Each region has an AWS Backup plan that selects resources',
    provider: 'aws',
    service: 'backup',
    resourceType: TYPE,
    severity: 'medium',
    requires: [BACKUP_PLANS, BACKUP_PLAN_DETAILS],
    rationale:
      'One finding per scanned region. Passes when at least one backup plan has a resource selection, so AWS Backup actually ' +
      'backs something up there on a schedule. Fails when the region has no plan, or only plans that select nothing. Which ' +
      "resources a selection must cover is the estate's own decision; aws.backup.plan-selection-present flags empty plans. " +
      'If no plan qualifies and one could not be read, the result is an error.',
    remediation: {
      text: 'Create a backup plan and assign resources to it (by tag or ARN).',
      cli: 'aws backup create-backup-selection --backup-plan-id <id> --backup-selection file://selection.json',
    },
  },
  evaluate(ctx) {
    return readRegional(
      ctx,
      BACKUP_PLANS,
      (region) => accountResource(ctx, TYPE, region),
      (plans, region) => {
        const resource = accountResource(ctx, TYPE, region);
        if (plans.length === 0) return [fail(resource, 'no-plans', `No AWS Backup plan exists in ${region}.`, { plans: 0 })];
        const details = readFetched(ctx, BACKUP_PLAN_DETAILS, region);
        if (!details.ok) return [errorFinding(resource, details.error)];
        const covering = plans.filter((p) => {
          const d = details.value[p.id];
          return d?.ok === true && d.value.selections > 0;
        });
        if (covering.length > 0)
          return [
            pass(resource, 'plans-select-resources', `${covering.length} backup plan(s) in ${region} select resources.`, {
              plans: covering.map((p) => p.name),
            }),
          ];
        const unreadable = plans.map((p) => details.value[p.id]).find((d) => d !== undefined && !d.ok);
        if (unreadable && !unreadable.ok) return [errorFinding(resource, unreadable.error, `backup plans in ${region}`)];
        return [fail(resource, 'no-selections', `The backup plans in ${region} select no resources.`, { plans: plans.map((p) => p.name) })];
      },
    );
  },
};
