import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { mqBrokerCmkEncrypted as check } from './aws.mq.broker-cmk-encrypted.js';
import { broker, described, errorCases, rabbit } from './mq.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'a KMS key in the account passes', snapshot: described(broker()), expected: [['pass', 'kms-key']] },
    {
      name: 'an AWS owned key fails',
      snapshot: described(broker({ useAwsOwnedKey: true, kmsKeyId: undefined })),
      expected: [['fail', 'aws-owned-key']],
    },
    {
      name: 'an engine Amazon MQ does not document is an error, not not-applicable',
      snapshot: described(rabbit({ engineType: 'KAFKA' })),
      expected: [['error', 'error.unknown']],
    },
    {
      name: 'ActiveMQ without the key setting is an error, not not-applicable',
      snapshot: described(broker({ useAwsOwnedKey: undefined })),
      expected: [['error', 'error.unknown']],
    },
    { name: 'RabbitMQ offers no choice: not applicable', snapshot: described(rabbit()), expected: [['not_applicable', 'aws-owned-only']] },
    ...errorCases(),
  ],
};
