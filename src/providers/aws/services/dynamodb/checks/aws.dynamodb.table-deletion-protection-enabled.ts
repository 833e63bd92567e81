import { fail, pass } from '../../../../check-kit.js';
import { eachEntry } from '../../each-resource.js';
import { DYNAMODB_TABLES } from '../state.js';
import { tableArn } from './table-arn.js';

export const dynamoDbTableDeletionProtectionEnabled = eachEntry(
  {
    id: 'aws.dynamodb.table-deletion-protection-enabled',
    title: 'DynamoDB tables have deletion protection',
    service: 'dynamodb',
    resourceType: 'AWS::DynamoDB::Table',
    severity: 'medium',
    requires: [DYNAMODB_TABLES],
    rationale:
      'Passes when DeletionProtectionEnabled is true, so DeleteTable is refused until someone turns the protection off first. ' +
      'Fails otherwise: one call (or one infrastructure-as-code change) deletes the table and every item in it.',
    remediation: {
      text: 'Turn on deletion protection for the table.',
      cli: 'aws dynamodb update-table --table-name <table> --deletion-protection-enabled',
    },
  },
  DYNAMODB_TABLES,
  tableArn,
  (t, r) =>
    t.deletionProtection
      ? pass(r, 'protected', `${r.name} has deletion protection.`, { deletionProtection: true })
      : fail(r, 'unprotected', `${r.name} has no deletion protection.`, { deletionProtection: false }),
);
