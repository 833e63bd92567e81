import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { parsePolicyDocument } from '../../../iam-policy.js';
import { publicCases } from '../../../policy/public.fixtures.js';
import { queue, R } from '../state.fixtures.js';
import { SQS_QUEUES } from '../state.js';
import { sqsQueuePolicyNotPublic as check } from './aws.sqs.queue-policy-not-public.js';

const policy = (statement: object) => parsePolicyDocument(JSON.stringify({ Statement: [statement] }));

export const table: CheckCases = {
  check,
  cases: [
    { name: 'no policy passes', snapshot: snapshot().regional(SQS_QUEUES, R, queue()), expected: [['pass', 'policy-none']] },
    {
      name: 'SNS topic pinned by source ARN passes',
      snapshot: snapshot().regional(
        SQS_QUEUES,
        R,
        queue({
          policy: policy({
            Effect: 'Allow',
            Principal: '*',
            Action: 'sqs:SendMessage',
            Condition: { ArnEquals: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:111122223333:t' } },
          }),
        }),
      ),
      expected: [['pass', 'policy-not-public']],
    },
    {
      name: 'open send fails',
      snapshot: snapshot().regional(
        SQS_QUEUES,
        R,
        queue({ policy: policy({ Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage' }) }),
      ),
      expected: [['fail', 'policy-public']],
    },
    ...publicCases('sqs:SendMessage', (policy) => snapshot().regional(SQS_QUEUES, R, queue({ policy }))),
    {
      name: 'denied listing is an error',
      snapshot: snapshot().regional(SQS_QUEUES, R, denied('sqs:ListQueues')),
      expected: [['error', 'error.denied']],
    },
  ],
};
