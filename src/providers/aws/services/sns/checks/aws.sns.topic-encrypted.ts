import type { Check } from '../../../../../model/check.js';
import { fail, pass } from '../../../../check-kit.js';
import { eachDescribed } from '../../resource-kit.js';
import { SNS_TOPICS } from '../state.js';

const TYPE = 'AWS::SNS::Topic';

export const snsTopicEncrypted: Check = {
  meta: {
    id: 'aws.sns.topic-encrypted',
    title: 'SNS topics encrypt messages with KMS',
    provider: 'aws',
    service: 'sns',
    resourceType: TYPE,
    severity: 'medium',
    requires: [SNS_TOPICS],
    rationale:
      'SNS stores published messages until they are delivered. Passes when the topic has server-side encryption with a KMS key ' +
      '(KmsMasterKeyId, the AWS-managed alias/aws/sns or a customer key); fails when it has none, the default for new topics.',
    remediation: {
      text: 'Turn on encryption with a KMS key; a customer-managed key lets the key policy decide which publishers and services may use it.',
      console: 'SNS → Topics → topic → Edit → Encryption',
      cli: 'aws sns set-topic-attributes --topic-arn <arn> --attribute-name KmsMasterKeyId --attribute-value alias/aws/sns',
    },
  },
  evaluate(ctx) {
    return eachDescribed(
      ctx,
      SNS_TOPICS,
      TYPE,
      (arn) => arn,
      (t, resource) =>
        t.kmsKeyId
          ? pass(resource, 'encrypted', `Topic ${t.name} is encrypted with ${t.kmsKeyId}.`, { kmsKeyId: t.kmsKeyId })
          : fail(resource, 'unencrypted', `Topic ${t.name} has no server-side encryption.`, { kmsKeyId: null }),
    );
  },
};
