import { fail, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { RDS_CLUSTERS } from '../state.js';

export const rdsClusterLogsExported = eachResource(
  {
    id: 'aws.rds.cluster-logs-exported',
    title: 'RDS and Aurora DB clusters export their logs to CloudWatch Logs',
    service: 'rds',
    resourceType: 'AWS::RDS::DBCluster',
    severity: 'medium',
    requires: [RDS_CLUSTERS],
    rationale:
      "Passes when the cluster's EnabledCloudwatchLogsExports names at least one log type, so engine logs outlive the instances " +
      'and can be searched and alarmed on. Fails when no log type is exported.',
    remediation: {
      text: 'Publish the cluster logs to CloudWatch Logs.',
      cli: 'aws rds modify-db-cluster --db-cluster-identifier <id> --cloudwatch-logs-export-configuration EnableLogTypes=audit,error',
    },
  },
  RDS_CLUSTERS,
  (c, r) =>
    c.logExports.length > 0
      ? pass(r, 'logs-exported', `Cluster ${c.name} exports ${c.logExports.join(', ')} logs.`, { logExports: c.logExports })
      : fail(r, 'no-log-exports', `Cluster ${c.name} exports no logs to CloudWatch Logs.`, { logExports: [] }),
);
