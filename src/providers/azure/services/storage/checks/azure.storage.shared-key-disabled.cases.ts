import { azureSnapshot, type CheckCases, denied } from '../../../../../../test/support/snapshot.js';
import { group, storageAccount } from '../../../builders.fixtures.js';
import { AZURE_RESOURCE_GROUPS } from '../../resources/state.js';
import { AZURE_STORAGE_ACCOUNTS } from '../state.js';
import { storageSharedKeyDisabled as check } from './azure.storage.shared-key-disabled.js';
import { accountListErrors } from './storage-cases.fixtures.js';

const accounts = [
  storageAccount('crit1', { allowSharedKeyAccess: true }, { group: 'rg-pay' }),
  storageAccount('dev1', { allowSharedKeyAccess: true }, { group: 'rg-dev' }),
];
const groups = [group('rg-pay', { Criticality: 'Critical' }), group('rg-dev')];

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'disabled passes',
      snapshot: azureSnapshot().global(AZURE_STORAGE_ACCOUNTS, [storageAccount('sa1', { allowSharedKeyAccess: false })]),
      expected: [['pass', 'shared-key-disabled']],
    },
    {
      name: 'enabled fails',
      snapshot: azureSnapshot().global(AZURE_STORAGE_ACCOUNTS, [storageAccount('sa1', { allowSharedKeyAccess: true })]),
      expected: [['fail', 'shared-key-allowed']],
    },
    {
      name: 'absent (Azure default: allowed) fails',
      snapshot: azureSnapshot().global(AZURE_STORAGE_ACCOUNTS, [storageAccount('sa1')]),
      expected: [['fail', 'shared-key-allowed']],
    },
    {
      name: 'scope "critical": only accounts in critical groups are held to it (tag names and values case-insensitive)',
      snapshot: azureSnapshot().global(AZURE_STORAGE_ACCOUNTS, accounts).global(AZURE_RESOURCE_GROUPS, groups),
      params: { azureSharedKeyScope: 'critical' },
      expected: [
        ['fail', 'shared-key-allowed'],
        ['not_applicable', 'not-critical'],
      ],
    },
    {
      name: 'scope "critical" with a group name glob',
      snapshot: azureSnapshot().global(AZURE_STORAGE_ACCOUNTS, accounts).global(AZURE_RESOURCE_GROUPS, groups),
      params: { azureSharedKeyScope: 'critical', azureCriticalGroupTags: [], azureCriticalGroups: ['rg-d*'] },
      expected: [
        ['not_applicable', 'not-critical'],
        ['fail', 'shared-key-allowed'],
      ],
    },
    {
      name: 'scope "critical" with unreadable groups is an error',
      snapshot: azureSnapshot()
        .global(AZURE_STORAGE_ACCOUNTS, accounts)
        .global(
          AZURE_RESOURCE_GROUPS,
          denied('Microsoft.Resources/subscriptions/resourceGroups:list', 'Microsoft.Resources/subscriptions/resourceGroups/read'),
        ),
      params: { azureSharedKeyScope: 'critical' },
      expected: [
        ['error', 'error.denied'],
        ['error', 'error.denied'],
      ],
    },
    {
      name: 'scope "critical": an account whose group is not in the group list is an error, not not_applicable',
      snapshot: azureSnapshot()
        .global(AZURE_STORAGE_ACCOUNTS, accounts)
        .global(AZURE_RESOURCE_GROUPS, [group('rg-dev')]),
      params: { azureSharedKeyScope: 'critical' },
      expected: [
        ['error', 'error.unknown'],
        ['not_applicable', 'not-critical'],
      ],
    },
    {
      name: 'scope "all" does not need the groups',
      snapshot: azureSnapshot()
        .global(AZURE_STORAGE_ACCOUNTS, accounts)
        .global(AZURE_RESOURCE_GROUPS, denied('Microsoft.Resources/subscriptions/resourceGroups:list')),
      expected: [
        ['fail', 'shared-key-allowed'],
        ['fail', 'shared-key-allowed'],
      ],
    },
    ...accountListErrors,
  ],
};
