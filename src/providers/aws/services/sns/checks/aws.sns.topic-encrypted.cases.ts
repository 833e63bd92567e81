import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { ARN, R, topic } from '../state.fixtures.js';
import { SNS_TOPICS } from '../state.js';
import { snsTopicEncrypted as check } from './aws.sns.topic-encrypted.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'KMS-encrypted topic passes', snapshot: snapshot().regional(SNS_TOPICS, R, topic()), expected: [['pass', 'encrypted']] },
    {
      name: 'unencrypted topic fails',
      snapshot: snapshot().regional(SNS_TOPICS, R, topic({ kmsKeyId: undefined })),
      expected: [['fail', 'unencrypted']],
    },
    {
      name: 'unreadable attributes are an error',
      snapshot: snapshot().regional(SNS_TOPICS, R, { [ARN]: denied('sns:GetTopicAttributes') }),
      expected: [['error', 'error.denied']],
    },
  ],
};
