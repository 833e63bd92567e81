import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { parsePolicyDocument } from '../../../iam-policy.js';
import { publicCases } from '../../../policy/public.fixtures.js';
import { R, topic } from '../state.fixtures.js';
import { SNS_TOPICS } from '../state.js';
import { snsTopicPolicyNotPublic as check } from './aws.sns.topic-policy-not-public.js';

const policy = (statement: object) => parsePolicyDocument(JSON.stringify({ Statement: [statement] }));
const DEFAULT = {
  Sid: '__default_statement_ID',
  Effect: 'Allow',
  Principal: { AWS: '*' },
  Action: ['SNS:Publish', 'SNS:Subscribe'],
  Condition: { StringEquals: { 'AWS:SourceOwner': '111122223333' } },
};

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'the default SourceOwner policy passes',
      snapshot: snapshot().regional(SNS_TOPICS, R, topic({ policy: policy(DEFAULT) })),
      expected: [['pass', 'policy-not-public']],
    },
    {
      name: 'a wildcard SourceOwner does not pin',
      snapshot: snapshot().regional(
        SNS_TOPICS,
        R,
        topic({ policy: policy({ ...DEFAULT, Condition: { StringLike: { 'AWS:SourceOwner': '*' } } }) }),
      ),
      expected: [['fail', 'policy-public']],
    },
    {
      name: 'open publish fails',
      snapshot: snapshot().regional(SNS_TOPICS, R, topic({ policy: policy({ Effect: 'Allow', Principal: '*', Action: 'sns:Publish' }) })),
      expected: [['fail', 'policy-public']],
    },
    {
      name: 'SourceOwner with a lower-case key and StringEqualsIgnoreCase still pins',
      snapshot: snapshot().regional(
        SNS_TOPICS,
        R,
        topic({ policy: policy({ ...DEFAULT, Condition: { StringEqualsIgnoreCase: { 'aws:sourceowner': '111122223333' } } }) }),
      ),
      expected: [['pass', 'policy-not-public']],
    },
    ...publicCases('sns:Publish', (policy) => snapshot().regional(SNS_TOPICS, R, topic({ policy }))),
    {
      name: 'denied listing is an error',
      snapshot: snapshot().regional(SNS_TOPICS, R, denied('sns:ListTopics')),
      expected: [['error', 'error.denied']],
    },
  ],
};
