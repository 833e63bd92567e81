import { fail, pass } from '../../../../check-kit.js';
import { eachEntry } from '../../each-resource.js';
import { DYNAMODB_TABLES } from '../state.js';
import { tableArn } from './table-arn.js';

export const dynamoDbTableKmsEncrypted = eachEntry(
  {
    id: 'aws.dynamodb.table-kms-encrypted',
    title: 'DynamoDB tables are encrypted with a KMS key in the account',
    service: 'dynamodb',
    resourceType: 'AWS::DynamoDB::Table',
    severity: 'low',
    requires: [DYNAMODB_TABLES],
    rationale:
      'Every DynamoDB table is encrypted at rest; AWS documents three key types. Passes when the table uses a KMS key in the ' +
      'account (the AWS managed aws/dynamodb key or a customer managed key): its use is recorded in CloudTrail and, for a ' +
      'customer managed key, governed by a key policy the account controls and can revoke. Fails when the table uses the default ' +
      'AWS owned key, which the account can neither see, audit nor disable.',
    remediation: {
      text: 'Switch the table to an AWS managed or customer managed KMS key.',
      cli: 'aws dynamodb update-table --table-name <table> --sse-specification Enabled=true,SSEType=KMS,KMSMasterKeyId=<key-arn>',
    },
  },
  DYNAMODB_TABLES,
  tableArn,
  (t, r) =>
    t.encryption === 'KMS'
      ? pass(r, 'kms-key', `${r.name} is encrypted with KMS key ${t.kmsKeyArn ?? '(unnamed)'}.`, {
          encryption: 'KMS',
          kmsKeyArn: t.kmsKeyArn,
        })
      : fail(r, 'owned-key', `${r.name} is encrypted with an AWS owned key the account cannot audit or control.`, { encryption: 'OWNED' }),
);
