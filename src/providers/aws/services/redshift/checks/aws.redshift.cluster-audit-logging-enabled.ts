import { errorFinding, fail, lookup, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { REDSHIFT_CLUSTERS, REDSHIFT_LOGGING } from '../state.js';

export const redshiftClusterAuditLoggingEnabled = eachResource(
  {
    id: 'aws.redshift.cluster-audit-logging-enabled',
    title: 'Redshift clusters have audit logging',
    service: 'redshift',
    resourceType: 'AWS::Redshift::Cluster',
    severity: 'medium',
    requires: [REDSHIFT_CLUSTERS, REDSHIFT_LOGGING],
    rationale:
      'Passes when DescribeLoggingStatus reports LoggingEnabled: connection, user and user-activity logs go to S3 or CloudWatch ' +
      'Logs, recording who connected and what they ran. Fails when audit logging is off. (User-activity logs also need the ' +
      'enable_user_activity_logging parameter.)',
    remediation: {
      text: 'Turn on audit logging to CloudWatch Logs or S3.',
      cli: 'aws redshift enable-logging --cluster-identifier <id> --log-destination-type cloudwatch --log-exports connectionlog userlog useractivitylog',
    },
  },
  REDSHIFT_CLUSTERS,
  (c, r, ctx, region) => {
    const got = lookup(ctx, REDSHIFT_LOGGING, c.name, region);
    if (!got.ok) return errorFinding(r, got.error);
    return got.value.enabled
      ? pass(r, 'logging-on', `Cluster ${c.name} writes audit logs to ${got.value.destination ?? 's3'}.`, { ...got.value })
      : fail(r, 'logging-off', `Cluster ${c.name} has no audit logging.`, { enabled: false });
  },
);
