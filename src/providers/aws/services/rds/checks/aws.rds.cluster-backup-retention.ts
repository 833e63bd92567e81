import { fail, paramsOf, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { RDS_PARAMS } from '../params.js';
import { RDS_CLUSTERS } from '../state.js';

export const rdsClusterBackupRetention = eachResource(
  {
    id: 'aws.rds.cluster-backup-retention',
    title: 'RDS and Aurora DB clusters keep automated backups long enough',
    service: 'rds',
    resourceType: 'AWS::RDS::DBCluster',
    severity: 'medium',
    requires: [RDS_CLUSTERS],
    rationale:
      "Passes when the cluster's BackupRetentionPeriod is at least aws.rds.minBackupRetentionDays (default 7). Aurora always " +
      'keeps at least one day of continuous backup, so the question is only whether the window is long enough to restore ' +
      'from a problem found late.',
    remediation: {
      text: 'Raise the cluster backup retention period.',
      cli: 'aws rds modify-db-cluster --db-cluster-identifier <id> --backup-retention-period 7 --apply-immediately',
    },
  },
  RDS_CLUSTERS,
  (c, r, ctx) => {
    const min = paramsOf(ctx, 'aws.rds', RDS_PARAMS).minBackupRetentionDays;
    const observed = { backupRetentionDays: c.backupRetentionDays, minimum: min };
    return c.backupRetentionDays >= min
      ? pass(r, 'retention-ok', `Cluster ${c.name} keeps automated backups for ${c.backupRetentionDays} days.`, observed)
      : fail(r, 'retention-short', `Cluster ${c.name} keeps automated backups for ${c.backupRetentionDays} days, under ${min}.`, observed);
  },
);
