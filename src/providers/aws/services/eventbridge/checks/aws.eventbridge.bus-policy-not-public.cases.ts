import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { api, unreadable } from '../../../../../inventory/collector.js';
import { parsePolicyDocument } from '../../../iam-policy.js';
import { publicCases } from '../../../policy/public.fixtures.js';
import { bus, R } from '../state.fixtures.js';
import { EVENTBRIDGE_BUSES } from '../state.js';
import { eventBridgeBusPolicyNotPublic as check } from './aws.eventbridge.bus-policy-not-public.js';

const policy = (statement: object) => parsePolicyDocument(JSON.stringify({ Statement: [statement] }));
const one = (extra: Parameters<typeof bus>[0]) => snapshot().regional(EVENTBRIDGE_BUSES, R, bus(extra));

export const table: CheckCases = {
  check,
  cases: [
    { name: 'no policy passes', snapshot: one({}), expected: [['pass', 'policy-none']] },
    {
      name: 'another named account may put events: cross-account, not public',
      snapshot: one({
        name: 'default',
        kind: 'default',
        policy: policy({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::444455556666:root' }, Action: 'events:PutEvents' }),
      }),
      expected: [['pass', 'policy-not-public']],
    },
    {
      name: 'everyone in the organisation passes',
      snapshot: one({
        policy: policy({
          Effect: 'Allow',
          Principal: '*',
          Action: 'events:PutEvents',
          Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } },
        }),
      }),
      expected: [['pass', 'policy-not-public']],
    },
    {
      name: 'open PutEvents fails',
      snapshot: one({ policy: policy({ Effect: 'Allow', Principal: '*', Action: 'events:PutEvents' }) }),
      expected: [['fail', 'policy-public']],
    },
    ...publicCases('events:PutEvents', (policy) => one({ policy })),
    {
      name: 'a policy that cannot be read is an error for that bus',
      snapshot: snapshot().regional(EVENTBRIDGE_BUSES, R, {
        ...bus(),
        broken: unreadable(api('events:ListEventBuses'), 'event bus broken: policy is not valid JSON'),
      }),
      expected: [
        ['pass', 'policy-none'],
        ['error', 'error.unknown'],
      ],
    },
    {
      name: 'denied listing is an error',
      snapshot: snapshot().regional(EVENTBRIDGE_BUSES, R, denied('events:ListEventBuses')),
      expected: [['error', 'error.denied']],
    },
  ],
};
