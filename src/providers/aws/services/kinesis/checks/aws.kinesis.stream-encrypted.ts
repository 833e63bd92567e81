import { fail, pass } from '../../../../check-kit.js';
import { arnIn, eachEntry } from '../../each-resource.js';
import { KINESIS_STREAM_SUMMARIES } from '../state.js';

export const kinesisStreamEncrypted = eachEntry(
  {
    id: 'aws.kinesis.stream-encrypted',
    title: 'Kinesis data streams encrypt records at rest',
    service: 'kinesis',
    resourceType: 'AWS::Kinesis::Stream',
    severity: 'medium',
    requires: [KINESIS_STREAM_SUMMARIES],
    rationale:
      "Server-side encryption makes Kinesis Data Streams encrypt each record with a KMS key before it is written to the stream's storage " +
      'and decrypt it when read, so records held for the retention period are never stored in the clear. Passes when DescribeStreamSummary ' +
      'reports EncryptionType KMS (with the AWS managed key alias/aws/kinesis or a customer managed key); fails when it reports NONE, ' +
      'as Security Hub control Kinesis.1 does.',
    remediation: {
      text: 'Turn on server-side encryption for the stream with a KMS key.',
      console: 'Kinesis → Data streams → stream → Configuration → Encryption → Edit',
      cli: 'aws kinesis start-stream-encryption --stream-name <name> --encryption-type KMS --key-id alias/aws/kinesis',
    },
  },
  KINESIS_STREAM_SUMMARIES,
  (ctx, region, name) => arnIn(ctx, 'kinesis', region, `stream/${name}`),
  (s, resource) =>
    s.encryptionType === 'KMS'
      ? pass(resource, 'sse-kms', `Stream ${resource.name} is encrypted with KMS key ${s.kmsKeyId ?? '(unnamed)'}.`, {
          encryptionType: s.encryptionType,
          kmsKeyId: s.kmsKeyId ?? null,
        })
      : fail(resource, 'unencrypted', `Stream ${resource.name} stores records without server-side encryption.`, {
          encryptionType: s.encryptionType,
        }),
);
