import { ACCOUNT, type CheckCases, denied, ok, snapshot, throttled } from '../../../../../../test/support/snapshot.js';
import { SECURITYHUB_HUB } from '../state.js';
import { securityHubHubEnabled as check } from './aws.securityhub.hub-enabled.js';

const R = 'us-east-1';
const hub = { hubArn: `arn:aws:securityhub:${R}:${ACCOUNT}:hub/default`, subscribedAt: '2025-01-01T00:00:00.000Z' };

export const table: CheckCases = {
  check,
  cases: [
    { name: 'subscribed hub passes', snapshot: snapshot().regional(SECURITYHUB_HUB, R, hub), expected: [['pass', 'hub-enabled']] },
    { name: 'not subscribed fails', snapshot: snapshot().regional(SECURITYHUB_HUB, R, ok(null)), expected: [['fail', 'not-subscribed']] },
    {
      name: 'one finding per region',
      snapshot: snapshot(['eu-west-1', R]).regional(SECURITYHUB_HUB, R, hub).regional(SECURITYHUB_HUB, 'eu-west-1', ok(null)),
      expected: [
        ['fail', 'not-subscribed'],
        ['pass', 'hub-enabled'],
      ],
    },
    {
      name: 'AccessDenied is an error, not "not enabled"',
      snapshot: snapshot().regional(SECURITYHUB_HUB, R, denied('securityhub:DescribeHub')),
      expected: [['error', 'error.denied']],
    },
    {
      name: 'throttled DescribeHub is an error',
      snapshot: snapshot().regional(SECURITYHUB_HUB, R, throttled('securityhub:DescribeHub')),
      expected: [['error', 'error.throttled']],
    },
    { name: 'region never collected is an error', snapshot: snapshot(), expected: [['error', 'error.unknown']] },
  ],
};
