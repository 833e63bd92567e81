import { fail, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { RDS_INSTANCES } from '../state.js';
import { clusterOwned } from './cluster-owned.js';

export const rdsInstanceLogsExported = eachResource(
  {
    id: 'aws.rds.instance-logs-exported',
    title: 'RDS DB instances export their logs to CloudWatch Logs',
    service: 'rds',
    resourceType: 'AWS::RDS::DBInstance',
    severity: 'medium',
    requires: [RDS_INSTANCES],
    rationale:
      'Passes when EnabledCloudwatchLogsExports names at least one log type (audit, error, general, slowquery, postgresql, ' +
      'alert, listener, trace and so on, as the engine offers). Without exports, engine logs stay on the instance, rotate ' +
      'away within days, and vanish with it. Which log types an estate needs is its own choice; the finding lists them.',
    remediation: {
      text: "Publish the engine logs to CloudWatch Logs (for audit logs, also enable the engine's audit plugin or parameter).",
      cli: 'aws rds modify-db-instance --db-instance-identifier <id> --cloudwatch-logs-export-configuration EnableLogTypes=error,audit',
    },
  },
  RDS_INSTANCES,
  (i, r) =>
    clusterOwned(i, r, 'log exports') ??
    (i.logExports.length > 0
      ? pass(r, 'logs-exported', `${i.name} exports ${i.logExports.join(', ')} logs.`, { logExports: i.logExports })
      : fail(r, 'no-log-exports', `${i.name} exports no logs to CloudWatch Logs.`, { logExports: [] })),
);
