import { azureSnapshot, type CheckCases } from '../../../../../../test/support/snapshot.js';
import { vault } from '../../../builders.fixtures.js';
import { type AccessPolicy, AZURE_KEY_VAULTS, type KeyVault } from '../state.js';
import { keyVaultRbacOrScopedAccessPolicies as check } from './azure.keyvault.rbac-or-scoped-access-policies.js';
import { vaultListErrors } from './vault-cases.fixtures.js';

const with_ = (p: Partial<KeyVault['properties']>) => azureSnapshot().global(AZURE_KEY_VAULTS, [vault('kv1', p)]);
const policy = (permissions: AccessPolicy['permissions']): AccessPolicy => ({ tenantId: 't', objectId: 'obj-1', permissions });

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'RBAC authorisation passes',
      snapshot: with_({ enableRbacAuthorization: true, accessPolicies: [policy({ keys: ['all'] })] }),
      expected: [['pass', 'rbac']],
    },
    {
      name: 'scoped access policies pass',
      snapshot: with_({ accessPolicies: [policy({ secrets: ['get', 'list'] })] }),
      expected: [['pass', 'access-policies-scoped']],
    },
    {
      name: 'a policy granting all secret permissions fails',
      snapshot: with_({ enableRbacAuthorization: false, accessPolicies: [policy({ secrets: ['All'] })] }),
      expected: [['fail', 'access-policy-grants-all']],
    },
    {
      name: 'a policy granting all certificate permissions fails',
      snapshot: with_({ accessPolicies: [policy({ keys: ['get'], certificates: ['all'] })] }),
      expected: [['fail', 'access-policy-grants-all']],
    },
    ...vaultListErrors(),
  ],
};
