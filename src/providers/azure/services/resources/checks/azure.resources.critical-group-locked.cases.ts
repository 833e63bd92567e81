import { azureSnapshot, type CheckCases, denied } from '../../../../../../test/support/snapshot.js';
import { group, lock, SUB_ID } from '../../../builders.fixtures.js';
import { AZURE_LOCKS, AZURE_RESOURCE_GROUPS, type ManagementLock } from '../state.js';
import { resourcesCriticalGroupLocked as check } from './azure.resources.critical-group-locked.js';

const pay = group('rg-pay', { criticality: 'critical' });
const dev = group('rg-dev');
const with_ = (locks: ManagementLock[]) => azureSnapshot().global(AZURE_RESOURCE_GROUPS, [pay, dev]).global(AZURE_LOCKS, locks);

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'a delete lock on the critical group passes (other groups are not reported)',
      snapshot: with_([lock('keep', pay.id)]),
      expected: [['pass', 'locked']],
    },
    { name: 'a read-only lock passes', snapshot: with_([lock('ro', pay.id, 'ReadOnly')]), expected: [['pass', 'locked']] },
    { name: 'a subscription lock is inherited', snapshot: with_([lock('sub', SUB_ID)]), expected: [['pass', 'locked']] },
    { name: 'no lock fails', snapshot: with_([]), expected: [['fail', 'not-locked']] },
    { name: 'a lock on another group does not count', snapshot: with_([lock('keep', dev.id)]), expected: [['fail', 'not-locked']] },
    {
      name: 'a lock on a resource inside the group does not protect the group',
      snapshot: with_([lock('vm', `${pay.id}/providers/Microsoft.Compute/virtualMachines/vm1`)]),
      expected: [['fail', 'not-locked']],
    },
    {
      name: 'groups can be marked critical by name',
      snapshot: with_([]),
      params: { azureCriticalGroupTags: [], azureCriticalGroups: ['rg-*'] },
      expected: [
        ['fail', 'not-locked'],
        ['fail', 'not-locked'],
      ],
    },
    {
      name: 'no critical group is not applicable',
      snapshot: with_([]),
      params: { azureCriticalGroupTags: ['tier=0'] },
      expected: [['not_applicable', 'no-critical-groups']],
    },
    {
      name: 'unreadable locks are an error per critical group',
      snapshot: azureSnapshot()
        .global(AZURE_RESOURCE_GROUPS, [pay, dev])
        .global(AZURE_LOCKS, denied('Microsoft.Authorization/locks:list', 'Microsoft.Authorization/locks/read')),
      expected: [['error', 'error.denied']],
    },
    {
      name: 'unreadable groups are an error',
      snapshot: azureSnapshot()
        .global(
          AZURE_RESOURCE_GROUPS,
          denied('Microsoft.Resources/subscriptions/resourceGroups:list', 'Microsoft.Resources/subscriptions/resourceGroups/read'),
        )
        .global(AZURE_LOCKS, []),
      expected: [['error', 'error.denied']],
    },
  ],
};
