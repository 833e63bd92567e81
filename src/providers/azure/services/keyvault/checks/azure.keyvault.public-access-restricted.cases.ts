import { azureSnapshot, type CheckCases } from '../../../../../../test/support/snapshot.js';
import { vault } from '../../../builders.fixtures.js';
import { AZURE_KEY_VAULTS, type KeyVault } from '../state.js';
import { keyVaultPublicAccessRestricted as check } from './azure.keyvault.public-access-restricted.js';
import { vaultListErrors } from './vault-cases.fixtures.js';

const with_ = (p: Partial<KeyVault['properties']>) => azureSnapshot().global(AZURE_KEY_VAULTS, [vault('kv1', p)]);

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'public access disabled passes',
      snapshot: with_({ publicNetworkAccess: 'Disabled' }),
      expected: [['pass', 'public-access-disabled']],
    },
    {
      name: 'firewall default Deny passes',
      snapshot: with_({ publicNetworkAccess: 'Enabled', networkAcls: { defaultAction: 'Deny', ipRules: [{ value: '203.0.113.4/32' }] } }),
      expected: [['pass', 'firewalled']],
    },
    {
      name: 'firewall default Allow fails',
      snapshot: with_({ publicNetworkAccess: 'Enabled', networkAcls: { defaultAction: 'Allow' } }),
      expected: [['fail', 'open-to-all-networks']],
    },
    { name: 'no firewall at all fails', snapshot: with_({}), expected: [['fail', 'open-to-all-networks']] },
    ...vaultListErrors(),
  ],
};
