import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { queue, R, URL_ } from '../state.fixtures.js';
import { SQS_QUEUES } from '../state.js';
import { sqsQueueEncrypted as check } from './aws.sqs.queue-encrypted.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'SSE-SQS passes', snapshot: snapshot().regional(SQS_QUEUES, R, queue()), expected: [['pass', 'sse-sqs']] },
    {
      name: 'SSE-KMS passes',
      snapshot: snapshot().regional(SQS_QUEUES, R, queue({ sqsManagedSse: false, kmsKeyId: 'alias/q' })),
      expected: [['pass', 'sse-kms']],
    },
    {
      name: 'no SSE fails',
      snapshot: snapshot().regional(SQS_QUEUES, R, queue({ sqsManagedSse: false })),
      expected: [['fail', 'unencrypted']],
    },
    {
      name: 'unreadable attributes are an error',
      snapshot: snapshot().regional(SQS_QUEUES, R, { [URL_]: denied('sqs:GetQueueAttributes') }),
      expected: [['error', 'error.denied']],
    },
  ],
};
