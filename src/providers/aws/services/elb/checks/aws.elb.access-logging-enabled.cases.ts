import { type CheckCases, denied } from '../../../../../../test/support/snapshot.js';
import { withAttributes } from '../state.fixtures.js';
import { elbAccessLoggingEnabled as check } from './aws.elb.access-logging-enabled.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'logs on passes', snapshot: withAttributes({}), expected: [['pass', 'logging']] },
    { name: 'logs off fails', snapshot: withAttributes({ accessLog: false }), expected: [['fail', 'no-logging']] },
    { name: 'denied attributes are an error', snapshot: withAttributes(denied()), expected: [['error', 'error.denied']] },
  ],
};
