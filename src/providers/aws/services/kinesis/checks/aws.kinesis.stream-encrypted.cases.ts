import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { R, summary } from '../state.fixtures.js';
import { KINESIS_STREAM_SUMMARIES } from '../state.js';
import { kinesisStreamEncrypted as check } from './aws.kinesis.stream-encrypted.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'SSE with the AWS managed key passes', snapshot: summary(), expected: [['pass', 'sse-kms']] },
    {
      name: 'SSE with a customer managed key passes',
      snapshot: summary({ kmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/k' }),
      expected: [['pass', 'sse-kms']],
    },
    {
      name: 'EncryptionType NONE fails',
      snapshot: summary({ encryptionType: 'NONE', kmsKeyId: undefined }),
      expected: [['fail', 'unencrypted']],
    },
    {
      name: 'a denied summary is an error for that stream',
      snapshot: snapshot().regional(KINESIS_STREAM_SUMMARIES, R, { clicks: denied('kinesis:DescribeStreamSummary') }),
      expected: [['error', 'error.denied']],
    },
    {
      name: 'denied listing is an error',
      snapshot: snapshot().regional(KINESIS_STREAM_SUMMARIES, R, denied('kinesis:ListStreams')),
      expected: [['error', 'error.denied']],
    },
  ],
};
