import { azureSnapshot, type CheckCases, denied } from '../../../../../../test/support/snapshot.js';
import { group, resource } from '../../../builders.fixtures.js';
import { AZURE_RESOURCE_GROUPS, AZURE_RESOURCES } from '../state.js';
import { resourcesOwnerTagPresent as check } from './azure.resources.owner-tag-present.js';

const GROUPS_DENIED = denied(
  'Microsoft.Resources/subscriptions/resourceGroups:list',
  'Microsoft.Resources/subscriptions/resourceGroups/read',
);

// Group findings come first, then resources.
export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'tagged group and resource pass; the tag name is case-insensitive',
      snapshot: azureSnapshot()
        .global(AZURE_RESOURCE_GROUPS, [group('rg-app', { Owner: 'team-a' })])
        .global(AZURE_RESOURCES, [resource('vm1', { tags: { OWNER: 'alice' } })]),
      expected: [
        ['pass', 'owner-tagged'],
        ['pass', 'owner-tagged'],
      ],
    },
    {
      name: 'an untagged resource inherits its group owner',
      snapshot: azureSnapshot()
        .global(AZURE_RESOURCE_GROUPS, [group('rg-app', { owner: 'team-a' })])
        .global(AZURE_RESOURCES, [resource('vm1')]),
      expected: [
        ['pass', 'owner-tagged'],
        ['pass', 'owner-inherited'],
      ],
    },
    {
      name: 'untagged group and resource fail; an empty value does not count',
      snapshot: azureSnapshot()
        .global(AZURE_RESOURCE_GROUPS, [group('rg-app', { owner: '' })])
        .global(AZURE_RESOURCES, [resource('vm1')]),
      expected: [
        ['fail', 'owner-missing'],
        ['fail', 'owner-missing'],
      ],
    },
    {
      name: 'the tag name is a param',
      snapshot: azureSnapshot()
        .global(AZURE_RESOURCE_GROUPS, [group('rg-app', { owner: 'team-a' })])
        .global(AZURE_RESOURCES, [resource('vm1', { tags: { CostCentre: 'x' } })]),
      params: { azureOwnerTag: 'costcentre' },
      expected: [
        ['fail', 'owner-missing'],
        ['pass', 'owner-tagged'],
      ],
    },
    {
      name: 'a managed resource is not applicable',
      snapshot: azureSnapshot()
        .global(AZURE_RESOURCE_GROUPS, [])
        .global(AZURE_RESOURCES, [
          resource('disk1', { managedBy: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm1' }),
        ]),
      expected: [['not_applicable', 'managed-resource']],
    },
    {
      name: 'unreadable groups: tagged resources still pass, untagged ones are errors',
      snapshot: azureSnapshot()
        .global(AZURE_RESOURCE_GROUPS, GROUPS_DENIED)
        .global(AZURE_RESOURCES, [resource('vm1', { tags: { owner: 'a' } }), resource('vm2')]),
      expected: [
        ['error', 'error.denied'],
        ['pass', 'owner-tagged'],
        ['error', 'error.denied'],
      ],
    },
    {
      name: 'an untagged resource whose group is not in the group list is an error, not a fail',
      snapshot: azureSnapshot()
        .global(AZURE_RESOURCE_GROUPS, [group('rg-app', { owner: 'team-a' })])
        .global(AZURE_RESOURCES, [resource('vm1', { group: 'rg-new' })]),
      expected: [
        ['pass', 'owner-tagged'],
        ['error', 'error.unknown'],
      ],
    },
    {
      name: 'unreadable resources are an error',
      snapshot: azureSnapshot()
        .global(AZURE_RESOURCE_GROUPS, [])
        .global(
          AZURE_RESOURCES,
          denied('Microsoft.Resources/subscriptions/resources:list', 'Microsoft.Resources/subscriptions/resources/read'),
        ),
      expected: [['error', 'error.denied']],
    },
    {
      name: 'keys missing from the snapshot are errors',
      snapshot: azureSnapshot(),
      expected: [
        ['error', 'error.unknown'],
        ['error', 'error.unknown'],
      ],
    },
  ],
};
