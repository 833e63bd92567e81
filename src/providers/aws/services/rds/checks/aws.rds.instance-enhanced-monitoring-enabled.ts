import { fail, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { RDS_INSTANCES } from '../state.js';

export const rdsInstanceEnhancedMonitoringEnabled = eachResource(
  {
    id: 'aws.rds.instance-enhanced-monitoring-enabled',
    title: 'RDS DB instances have Enhanced Monitoring',
    service: 'rds',
    resourceType: 'AWS::RDS::DBInstance',
    severity: 'low',
    requires: [RDS_INSTANCES],
    rationale:
      'Passes when MonitoringInterval is above 0: RDS streams operating-system metrics (CPU, memory, processes) at that ' +
      'interval, which shows resource exhaustion and unexpected processes that hypervisor metrics miss.',
    remediation: {
      text: 'Enable Enhanced Monitoring with a monitoring role.',
      cli: 'aws rds modify-db-instance --db-instance-identifier <id> --monitoring-interval 60 --monitoring-role-arn <role-arn> --apply-immediately',
    },
  },
  RDS_INSTANCES,
  (i, r) =>
    i.monitoringInterval > 0
      ? pass(r, 'monitoring-on', `${i.name} has Enhanced Monitoring every ${i.monitoringInterval} s.`, {
          monitoringInterval: i.monitoringInterval,
        })
      : fail(r, 'monitoring-off', `${i.name} has no Enhanced Monitoring.`, { monitoringInterval: 0 }),
);
