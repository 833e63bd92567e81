import { fail, paramsOf, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { RDS_PARAMS } from '../params.js';
import { RDS_INSTANCES } from '../state.js';
import { clusterOwned } from './cluster-owned.js';

export const rdsInstanceBackupRetention = eachResource(
  {
    id: 'aws.rds.instance-backup-retention',
    title: 'RDS DB instances keep automated backups long enough',
    service: 'rds',
    resourceType: 'AWS::RDS::DBInstance',
    severity: 'medium',
    requires: [RDS_INSTANCES],
    rationale:
      'Passes when BackupRetentionPeriod is at least aws.rds.minBackupRetentionDays (default 7). A period of 0 turns automated ' +
      'backups and point-in-time restore off altogether. Cluster members are not applicable: their cluster keeps the backups.',
    remediation: {
      text: 'Raise the backup retention period.',
      cli: 'aws rds modify-db-instance --db-instance-identifier <id> --backup-retention-period 7 --apply-immediately',
    },
  },
  RDS_INSTANCES,
  (i, r, ctx) => {
    const owned = clusterOwned(i, r, 'backups');
    if (owned) return owned;
    const min = paramsOf(ctx, 'aws.rds', RDS_PARAMS).minBackupRetentionDays;
    const observed = { backupRetentionDays: i.backupRetentionDays, minimum: min };
    if (i.backupRetentionDays === 0) return fail(r, 'backups-off', `${i.name} has automated backups turned off.`, observed);
    return i.backupRetentionDays >= min
      ? pass(r, 'retention-ok', `${i.name} keeps automated backups for ${i.backupRetentionDays} days.`, observed)
      : fail(r, 'retention-short', `${i.name} keeps automated backups for ${i.backupRetentionDays} days, under ${min}.`, observed);
  },
);
