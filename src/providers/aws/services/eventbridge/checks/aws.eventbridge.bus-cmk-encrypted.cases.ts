import { type CheckCases, denied, ok, snapshot, throttled } from '../../../../../../test/support/snapshot.js';
import { R } from '../state.fixtures.js';
import { EVENTBRIDGE_BUS_KEYS } from '../state.js';
import { eventBridgeBusCmkEncrypted as check } from './aws.eventbridge.bus-cmk-encrypted.js';

const KEY = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'a customer managed key passes',
      snapshot: snapshot().regional(EVENTBRIDGE_BUS_KEYS, R, { orders: ok(KEY) }),
      expected: [['pass', 'cmk']],
    },
    {
      name: 'the AWS owned key fails',
      snapshot: snapshot().regional(EVENTBRIDGE_BUS_KEYS, R, { orders: ok(null) }),
      expected: [['fail', 'aws-owned-key']],
    },
    { name: 'no custom bus gives no finding', snapshot: snapshot().regional(EVENTBRIDGE_BUS_KEYS, R, {}), expected: [] },
    {
      name: 'a throttled describe is an error for that bus',
      snapshot: snapshot().regional(EVENTBRIDGE_BUS_KEYS, R, { orders: throttled('events:DescribeEventBus') }),
      expected: [['error', 'error.throttled']],
    },
    {
      name: 'denied listing is an error',
      snapshot: snapshot().regional(EVENTBRIDGE_BUS_KEYS, R, denied('events:ListEventBuses')),
      expected: [['error', 'error.denied']],
    },
  ],
};
