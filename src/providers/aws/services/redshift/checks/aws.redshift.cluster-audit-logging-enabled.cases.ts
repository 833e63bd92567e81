import { type CheckCases, denied, ok, snapshot } from '../../../../../../test/support/snapshot.js';
import type { Fetched } from '../../../../../model/fetched.js';
import { deniedKey, R } from '../../cases.fixtures.js';
import { REDSHIFT_CLUSTERS, REDSHIFT_LOGGING, type RedshiftLogging } from '../state.js';
import { redshiftClusterAuditLoggingEnabled as check } from './aws.redshift.cluster-audit-logging-enabled.js';
import { cluster } from './redshift.fixtures.js';

const with_ = (l: Fetched<RedshiftLogging>) =>
  snapshot().regional(REDSHIFT_CLUSTERS, R, [cluster()]).regional(REDSHIFT_LOGGING, R, { dw: l });

export const table: CheckCases = {
  check,
  cases: [
    { name: 'logging on passes', snapshot: with_(ok({ enabled: true, destination: 'cloudwatch' })), expected: [['pass', 'logging-on']] },
    { name: 'logging off fails', snapshot: with_(ok({ enabled: false })), expected: [['fail', 'logging-off']] },
    {
      name: 'unreadable status is an error',
      snapshot: with_(denied('redshift:DescribeLoggingStatus')),
      expected: [['error', 'error.denied']],
    },
    {
      name: 'denied listing is an error',
      snapshot: deniedKey(REDSHIFT_CLUSTERS, 'redshift:DescribeClusters'),
      expected: [['error', 'error.denied']],
    },
  ],
};
