import { missingData } from '../../../../../model/fetched.js';
import { errorFinding, fail, notApplicable, pass } from '../../../../check-kit.js';
import { eachEntry } from '../../each-resource.js';
import { MQ_BROKERS, unknownEngine } from '../state.js';

export const mqBrokerCmkEncrypted = eachEntry(
  {
    id: 'aws.mq.broker-cmk-encrypted',
    title: 'Amazon MQ ActiveMQ brokers encrypt data at rest with a KMS key in the account',
    service: 'mq',
    resourceType: 'AWS::AmazonMQ::Broker',
    severity: 'low',
    requires: [MQ_BROKERS],
    rationale:
      'Every broker encrypts its data at rest. With UseAwsOwnedKey true the key is owned and used by AWS outside the account, so its ' +
      'use is not logged in CloudTrail and no key policy of the account governs it; with false, the broker uses a KMS key in the account ' +
      '(the AWS managed aws/mq key, or the customer managed key given as KmsKeyId). Passes when UseAwsOwnedKey is false; fails when ' +
      'it is true. AWS documents that encryption options do not apply to RabbitMQ brokers, which always use an AWS owned key, so they ' +
      'are not applicable. An ActiveMQ broker without the setting, or an engine type Amazon MQ does not document, is an error. Low ' +
      'severity: the data is encrypted either way.',
    remediation: {
      text: 'The key is fixed at creation: create a new ActiveMQ broker with a KMS key in the account (preferably a customer managed key) and move clients to it.',
      console: 'Amazon MQ → Brokers → Create broker → Additional settings → Encryption → Customer managed CMK',
    },
  },
  MQ_BROKERS,
  (_ctx, _region, arn) => arn,
  (b, resource) => {
    const observed = {
      engineType: b.engineType,
      useAwsOwnedKey: b.useAwsOwnedKey ?? 'not-applicable',
      ...(b.kmsKeyId ? { kmsKeyId: b.kmsKeyId } : {}),
    };
    const odd = unknownEngine(b);
    if (odd) return errorFinding(resource, odd);
    if (b.engineType === 'ACTIVEMQ' && b.useAwsOwnedKey === undefined)
      return errorFinding(
        resource,
        missingData('mq:DescribeBroker', `broker ${b.name}: no EncryptionOptions.UseAwsOwnedKey in the answer`),
      );
    if (b.engineType !== 'ACTIVEMQ' || b.useAwsOwnedKey === undefined)
      return notApplicable(
        resource,
        'aws-owned-only',
        `Broker ${b.name} runs ${b.engineType}, which offers only an AWS owned key.`,
        observed,
      );
    return b.useAwsOwnedKey
      ? fail(resource, 'aws-owned-key', `Broker ${b.name} is encrypted with a key AWS owns outside the account.`, observed)
      : pass(resource, 'kms-key', `Broker ${b.name} is encrypted with a KMS key in the account.`, observed);
  },
);
