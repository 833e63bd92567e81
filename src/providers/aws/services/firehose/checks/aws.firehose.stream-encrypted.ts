import { missingData } from '../../../../../model/fetched.js';
import { errorFinding, fail, notApplicable, pass } from '../../../../check-kit.js';
import { arnIn, eachEntry } from '../../each-resource.js';
import { FIREHOSE_STREAMS, SOURCE_HOLDS_DATA } from '../state.js';

export const firehoseStreamEncrypted = eachEntry(
  {
    id: 'aws.firehose.stream-encrypted',
    title: 'Firehose streams encrypt the records they buffer at rest',
    service: 'firehose',
    resourceType: 'AWS::KinesisFirehose::DeliveryStream',
    severity: 'medium',
    requires: [FIREHOSE_STREAMS],
    rationale:
      'A Firehose stream that producers write to directly (Direct PUT, and database sources) holds records at rest until it delivers ' +
      'them; server-side encryption makes Firehose encrypt them with a KMS key, AWS owned or customer managed. Security Hub control ' +
      'DataFirehose.1 and the AWS Config rule kinesis-firehose-delivery-stream-encrypted judge DeliveryStreamEncryptionConfiguration.Status ' +
      'from DescribeDeliveryStream: passes when ENABLED; fails otherwise, including ENABLING (records written meanwhile are not encrypted) ' +
      'and the _FAILED states. When the source is a Kinesis data stream or an MSK cluster, Firehose does not keep the records at rest: ' +
      "they stay in the source, so their encryption is the source's (see aws.kinesis.stream-encrypted), and Firehose refuses SSE for " +
      'such streams: not applicable. An answer without an encryption configuration is an error, never read as off.',
    remediation: {
      text: 'Enable server-side encryption on the stream, with the AWS owned key or a customer managed KMS key.',
      console: 'Amazon Data Firehose → stream → Configuration → Server-side encryption → Edit',
      cli: 'aws firehose start-delivery-stream-encryption --delivery-stream-name <name> --delivery-stream-encryption-configuration-input KeyType=AWS_OWNED_CMK',
    },
  },
  FIREHOSE_STREAMS,
  (ctx, region, name) => arnIn(ctx, 'firehose', region, `deliverystream/${name}`),
  (s, resource) => {
    const source = SOURCE_HOLDS_DATA[s.type];
    if (source)
      return notApplicable(resource, 'source-holds-data', `Stream ${s.name} reads from a ${source}, which holds its records at rest.`, {
        type: s.type,
        sourceArn: s.sourceArn ?? null,
      });
    if (s.encryptionStatus === null)
      return errorFinding(
        resource,
        missingData('firehose:DescribeDeliveryStream', `stream ${s.name}: no DeliveryStreamEncryptionConfiguration in the answer`),
      );
    const observed = { type: s.type, encryptionStatus: s.encryptionStatus, keyType: s.keyType ?? null, keyArn: s.keyArn ?? null };
    return s.encryptionStatus === 'ENABLED'
      ? pass(resource, 'sse-enabled', `Stream ${s.name} encrypts records at rest (${s.keyType ?? 'KMS'}).`, observed)
      : fail(resource, 'sse-not-enabled', `Stream ${s.name} server-side encryption is ${s.encryptionStatus}.`, observed);
  },
);
