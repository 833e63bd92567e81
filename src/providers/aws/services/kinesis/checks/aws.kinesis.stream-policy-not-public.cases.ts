import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { parsePolicyDocument } from '../../../iam-policy.js';
import { publicCases } from '../../../policy/public.fixtures.js';
import { R, streamPolicy } from '../state.fixtures.js';
import { KINESIS_STREAM_POLICIES } from '../state.js';
import { kinesisStreamPolicyNotPublic as check } from './aws.kinesis.stream-policy-not-public.js';

const policy = (statement: object) => parsePolicyDocument(JSON.stringify({ Statement: [statement] }));

export const table: CheckCases = {
  check,
  cases: [
    { name: 'no policy passes', snapshot: streamPolicy(null), expected: [['pass', 'policy-none']] },
    {
      name: 'a named consumer account passes',
      snapshot: streamPolicy(
        policy({
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::444455556666:role/analytics' },
          Action: ['kinesis:GetRecords', 'kinesis:GetShardIterator', 'kinesis:DescribeStreamSummary'],
        }),
      ),
      expected: [['pass', 'policy-not-public']],
    },
    {
      name: 'open GetRecords fails',
      snapshot: streamPolicy(policy({ Effect: 'Allow', Principal: '*', Action: 'kinesis:GetRecords' })),
      expected: [['fail', 'policy-public']],
    },
    ...publicCases('kinesis:PutRecord', (doc) => streamPolicy(doc)),
    {
      name: 'a denied policy read is an error for that stream',
      snapshot: snapshot().regional(KINESIS_STREAM_POLICIES, R, { clicks: denied('kinesis:GetResourcePolicy') }),
      expected: [['error', 'error.denied']],
    },
    {
      name: 'denied listing is an error',
      snapshot: snapshot().regional(KINESIS_STREAM_POLICIES, R, denied('kinesis:ListStreams')),
      expected: [['error', 'error.denied']],
    },
  ],
};
