import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { mqBrokerNotPublic as check } from './aws.mq.broker-not-public.js';
import { broker, described, errorCases } from './mq.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'private passes', snapshot: described(broker()), expected: [['pass', 'private']] },
    { name: 'public fails', snapshot: described(broker({ publiclyAccessible: true })), expected: [['fail', 'public']] },
    ...errorCases(),
  ],
};
