import { type CheckCases, throttled } from '../../../../../../test/support/snapshot.js';
import { withAttributes } from '../state.fixtures.js';
import { elbv2AccessLoggingEnabled as check } from './aws.elbv2.access-logging-enabled.js';

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'logs on passes',
      snapshot: withAttributes({ 'access_logs.s3.enabled': 'true', 'access_logs.s3.bucket': 'logs' }),
      expected: [['pass', 'logging']],
    },
    { name: 'logs off fails', snapshot: withAttributes({ 'access_logs.s3.enabled': 'false' }), expected: [['fail', 'no-logging']] },
    {
      name: 'gateway LB is not applicable',
      snapshot: withAttributes({}, { type: 'gateway' }),
      expected: [['not_applicable', 'other-type']],
    },
    { name: 'throttled attributes are an error', snapshot: withAttributes(throttled()), expected: [['error', 'error.throttled']] },
  ],
};
