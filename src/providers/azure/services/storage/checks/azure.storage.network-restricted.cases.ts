import { azureSnapshot, type CheckCases } from '../../../../../../test/support/snapshot.js';
import { storageAccount } from '../../../builders.fixtures.js';
import { AZURE_STORAGE_ACCOUNTS, type StorageAccount } from '../state.js';
import { storageNetworkRestricted as check } from './azure.storage.network-restricted.js';
import { accountListErrors } from './storage-cases.fixtures.js';

const with_ = (p: StorageAccount['properties']) => azureSnapshot().global(AZURE_STORAGE_ACCOUNTS, [storageAccount('sa1', p)]);
const endpoint = {
  id: '/subscriptions/x/resourceGroups/rg/providers/Microsoft.Network/privateEndpoints/pe1',
  properties: { privateLinkServiceConnectionState: { status: 'Approved' } },
};

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'default action Deny passes',
      snapshot: with_({ publicNetworkAccess: 'Enabled', networkAcls: { defaultAction: 'Deny' } }),
      expected: [['pass', 'default-deny']],
    },
    {
      name: 'public network access disabled passes',
      snapshot: with_({ publicNetworkAccess: 'Disabled', networkAcls: { defaultAction: 'Allow' }, privateEndpointConnections: [endpoint] }),
      expected: [['pass', 'public-access-disabled']],
    },
    {
      name: 'default action Allow fails',
      snapshot: with_({ networkAcls: { defaultAction: 'Allow' } }),
      expected: [['fail', 'open-to-all-networks']],
    },
    { name: 'no network rules at all fails', snapshot: with_({}), expected: [['fail', 'open-to-all-networks']] },
    {
      name: 'a private endpoint beside an open public endpoint still fails',
      snapshot: with_({ publicNetworkAccess: 'Enabled', networkAcls: { defaultAction: 'Allow' }, privateEndpointConnections: [endpoint] }),
      expected: [['fail', 'private-endpoint-but-public-open']],
    },
    ...accountListErrors,
  ],
};
