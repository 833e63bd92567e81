import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { deniedKey, listed, throttledKey } from '../../cases.fixtures.js';
import { RDS_INSTANCES } from '../state.js';
import { rdsInstanceEnhancedMonitoringEnabled as check } from './aws.rds.instance-enhanced-monitoring-enabled.js';
import { instance, member } from './rds.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'passes', snapshot: listed(RDS_INSTANCES, instance()), expected: [['pass', 'monitoring-on']] },
    { name: 'fails', snapshot: listed(RDS_INSTANCES, instance({ monitoringInterval: 0 })), expected: [['fail', 'monitoring-off']] },
    {
      name: 'cluster members are judged too (monitoring is per instance)',
      snapshot: listed(RDS_INSTANCES, member({ monitoringInterval: 0 })),
      expected: [['fail', 'monitoring-off']],
    },
    { name: 'no resources, no findings', snapshot: listed(RDS_INSTANCES), expected: [] },
    { name: 'denied listing is an error', snapshot: deniedKey(RDS_INSTANCES, 'rds:Describe'), expected: [['error', 'error.denied']] },
    {
      name: 'throttled listing is an error',
      snapshot: throttledKey(RDS_INSTANCES, 'rds:Describe'),
      expected: [['error', 'error.throttled']],
    },
  ],
};
