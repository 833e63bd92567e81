import { type CheckCases, denied, ok } from '../../../../../../test/support/snapshot.js';
import { deniedKey } from '../../cases.fixtures.js';
import { DYNAMODB_TABLES } from '../state.js';
import { dynamoDbTableDeletionProtectionEnabled as check } from './aws.dynamodb.table-deletion-protection-enabled.js';
import { one, tableOf } from './dynamodb.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'passes', snapshot: one(DYNAMODB_TABLES, ok(tableOf())), expected: [['pass', 'protected']] },
    { name: 'fails', snapshot: one(DYNAMODB_TABLES, ok(tableOf({ deletionProtection: false }))), expected: [['fail', 'unprotected']] },
    {
      name: 'a table whose read was denied is an error',
      snapshot: one(DYNAMODB_TABLES, denied('dynamodb:DescribeTable')),
      expected: [['error', 'error.denied']],
    },
    {
      name: 'denied ListTables is an error for the region',
      snapshot: deniedKey(DYNAMODB_TABLES, 'dynamodb:ListTables'),
      expected: [['error', 'error.denied']],
    },
  ],
};
