import { errorFinding, fail, lookup, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { BACKUP_PLAN_DETAILS, BACKUP_PLANS } from '../state.js';

/** Region and account of a vault ARN (`arn:aws:backup:<region>:<account>:backup-vault:<name>`). */
function placeOf(arn: string): { region: string; account: string } {
  const parts = arn.split(':');
  return { region: parts[3] ?? '', account: parts[4] ?? '' };
}

export const backupPlanCrossRegionCopy = eachResource(
  {
    id: 'aws.backup.plan-cross-region-copy',
    title: 'AWS Backup plans copy recovery points to another region or account',
    service: 'backup',
    resourceType: 'AWS::Backup::BackupPlan',
    severity: 'low',
    requires: [BACKUP_PLANS, BACKUP_PLAN_DETAILS],
    rationale:
      'Passes when at least one rule of the plan has a copy action whose destination vault is in another region or another ' +
      'account, so a regional outage or a compromised account does not take the backups with it. Fails when every copy stays ' +
      'in the same region and account, or the plan copies nothing.',
    remediation: {
      text: 'Add a copy action to a vault in another region (ideally in a separate backup account).',
      cli: 'aws backup update-backup-plan --backup-plan-id <id> --backup-plan file://plan-with-copy-actions.json',
    },
  },
  BACKUP_PLANS,
  (p, r, ctx, region) => {
    const got = lookup(ctx, BACKUP_PLAN_DETAILS, p.id, region);
    if (!got.ok) return errorFinding(r, got.error);
    const account = ctx.snapshot.account;
    const away = got.value.rules
      .flatMap((rule) => rule.copyDestinations)
      .filter((arn) => {
        const place = placeOf(arn);
        return place.region !== region || place.account !== account;
      });
    return away.length > 0
      ? pass(r, 'copies-away', `Plan ${p.name} copies recovery points to ${away.join(', ')}.`, { destinations: away })
      : fail(r, 'no-copy-away', `Plan ${p.name} keeps every recovery point in ${region} of this account.`, { destinations: [] });
  },
);
