import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { deniedKey, listed, throttledKey } from '../../cases.fixtures.js';
import { RDS_INSTANCES } from '../state.js';
import { rdsInstanceLogsExported as check } from './aws.rds.instance-logs-exported.js';
import { instance, member } from './rds.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'passes', snapshot: listed(RDS_INSTANCES, instance()), expected: [['pass', 'logs-exported']] },
    { name: 'fails', snapshot: listed(RDS_INSTANCES, instance({ logExports: [] })), expected: [['fail', 'no-log-exports']] },
    {
      name: 'cluster member is not applicable',
      snapshot: listed(RDS_INSTANCES, member()),
      expected: [['not_applicable', 'cluster-member']],
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
