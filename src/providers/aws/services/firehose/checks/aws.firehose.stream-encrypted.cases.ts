import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { R, stream } from '../state.fixtures.js';
import { FIREHOSE_STREAMS } from '../state.js';
import { firehoseStreamEncrypted as check } from './aws.firehose.stream-encrypted.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'SSE with the AWS owned key passes', snapshot: stream(), expected: [['pass', 'sse-enabled']] },
    {
      name: 'SSE with a customer managed key passes',
      snapshot: stream({ keyType: 'CUSTOMER_MANAGED_CMK', keyArn: 'arn:aws:kms:us-east-1:111122223333:key/k' }),
      expected: [['pass', 'sse-enabled']],
    },
    {
      name: 'DISABLED fails',
      snapshot: stream({ encryptionStatus: 'DISABLED', keyType: undefined }),
      expected: [['fail', 'sse-not-enabled']],
    },
    {
      name: 'ENABLING fails: records are not yet encrypted',
      snapshot: stream({ encryptionStatus: 'ENABLING' }),
      expected: [['fail', 'sse-not-enabled']],
    },
    { name: 'ENABLING_FAILED fails', snapshot: stream({ encryptionStatus: 'ENABLING_FAILED' }), expected: [['fail', 'sse-not-enabled']] },
    {
      name: 'a Kinesis-sourced stream is not applicable',
      snapshot: stream({
        type: 'KinesisStreamAsSource',
        sourceArn: 'arn:aws:kinesis:us-east-1:111122223333:stream/clicks',
        encryptionStatus: 'DISABLED',
      }),
      expected: [['not_applicable', 'source-holds-data']],
    },
    {
      name: 'an MSK-sourced stream is not applicable',
      snapshot: stream({ type: 'MSKAsSource', encryptionStatus: null }),
      expected: [['not_applicable', 'source-holds-data']],
    },
    {
      name: 'a Direct PUT answer without encryption status is an error',
      snapshot: stream({ encryptionStatus: null }),
      expected: [['error', 'error.unknown']],
    },
    {
      name: 'a denied describe is an error for that stream',
      snapshot: snapshot().regional(FIREHOSE_STREAMS, R, { events: denied('firehose:DescribeDeliveryStream') }),
      expected: [['error', 'error.denied']],
    },
    {
      name: 'a denied listing is an error',
      snapshot: snapshot().regional(FIREHOSE_STREAMS, R, denied('firehose:ListDeliveryStreams')),
      expected: [['error', 'error.denied']],
    },
  ],
};
