import { fail, paramsOf, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { REDSHIFT_PARAMS } from '../params.js';
import { REDSHIFT_CLUSTERS } from '../state.js';

export const redshiftClusterSnapshotRetention = eachResource(
  {
    id: 'aws.redshift.cluster-snapshot-retention',
    title: 'Redshift clusters keep automated snapshots long enough',
    service: 'redshift',
    resourceType: 'AWS::Redshift::Cluster',
    severity: 'medium',
    requires: [REDSHIFT_CLUSTERS],
    rationale:
      'Passes when AutomatedSnapshotRetentionPeriod is at least aws.redshift.minSnapshotRetentionDays (default 7). A period of 0 ' +
      'turns automated snapshots off, leaving only manual snapshots to restore from.',
    remediation: {
      text: 'Raise the automated snapshot retention period.',
      cli: 'aws redshift modify-cluster --cluster-identifier <id> --automated-snapshot-retention-period 7',
    },
  },
  REDSHIFT_CLUSTERS,
  (c, r, ctx) => {
    const min = paramsOf(ctx, 'aws.redshift', REDSHIFT_PARAMS).minSnapshotRetentionDays;
    const observed = { snapshotRetentionDays: c.snapshotRetentionDays, minimum: min };
    if (c.snapshotRetentionDays === 0) return fail(r, 'snapshots-off', `Cluster ${c.name} has automated snapshots turned off.`, observed);
    return c.snapshotRetentionDays >= min
      ? pass(r, 'retention-ok', `Cluster ${c.name} keeps automated snapshots for ${c.snapshotRetentionDays} days.`, observed)
      : fail(
          r,
          'retention-short',
          `Cluster ${c.name} keeps automated snapshots for ${c.snapshotRetentionDays} days, under ${min}.`,
          observed,
        );
  },
);
