import { type CheckCases, denied, ok } from '../../../../../../test/support/snapshot.js';
import { deniedKey } from '../../cases.fixtures.js';
import { DYNAMODB_BACKUPS } from '../state.js';
import { dynamoDbTablePitrEnabled as check } from './aws.dynamodb.table-pitr-enabled.js';
import { one } from './dynamodb.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'passes', snapshot: one(DYNAMODB_BACKUPS, ok({ pitr: 'ENABLED', pitrRecoveryDays: 35 })), expected: [['pass', 'pitr-on']] },
    { name: 'fails', snapshot: one(DYNAMODB_BACKUPS, ok({ pitr: 'DISABLED' })), expected: [['fail', 'pitr-off']] },
    {
      name: 'a table whose read was denied is an error',
      snapshot: one(DYNAMODB_BACKUPS, denied('dynamodb:DescribeContinuousBackups')),
      expected: [['error', 'error.denied']],
    },
    {
      name: 'denied ListTables is an error for the region',
      snapshot: deniedKey(DYNAMODB_BACKUPS, 'dynamodb:ListTables'),
      expected: [['error', 'error.denied']],
    },
  ],
};
