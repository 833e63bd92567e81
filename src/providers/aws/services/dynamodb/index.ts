import type { AwsService } from '../../service.js';
import { dynamoDbTableDeletionProtectionEnabled } from './checks/aws.dynamodb.table-deletion-protection-enabled.js';
import { dynamoDbTableKmsEncrypted } from './checks/aws.dynamodb.table-kms-encrypted.js';
import { dynamoDbTablePitrEnabled } from './checks/aws.dynamodb.table-pitr-enabled.js';
import { dynamoDbCollectors } from './collect.js';
import { dynamoDbDemo } from './demo.js';

export const dynamodb: AwsService = {
  id: 'dynamodb',
  collectors: dynamoDbCollectors,
  checks: [dynamoDbTableDeletionProtectionEnabled, dynamoDbTableKmsEncrypted, dynamoDbTablePitrEnabled],
  links: new URL('./links.yaml', import.meta.url),
  demo: dynamoDbDemo,
};
