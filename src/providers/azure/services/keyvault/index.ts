import type { AzureCollector } from '../../context.js';
import type { AzureService } from '../../service.js';
import { keyVaultKeyExpirySet } from './checks/azure.keyvault.key-expiry-set.js';
import { keyVaultPublicAccessRestricted } from './checks/azure.keyvault.public-access-restricted.js';
import { keyVaultRbacOrScopedAccessPolicies } from './checks/azure.keyvault.rbac-or-scoped-access-policies.js';
import { keyVaultRecoverable } from './checks/azure.keyvault.recoverable.js';
import { keyVaultSecretExpirySet } from './checks/azure.keyvault.secret-expiry-set.js';
import { keyVaultCollectors } from './collect.js';
import { demoAzureKeyVault } from './demo.js';

export const keyVault: AzureService = {
  id: 'keyvault',
  collectors: keyVaultCollectors as readonly AzureCollector<unknown>[],
  // Sorted by id.
  checks: [
    keyVaultKeyExpirySet,
    keyVaultPublicAccessRestricted,
    keyVaultRbacOrScopedAccessPolicies,
    keyVaultRecoverable,
    keyVaultSecretExpirySet,
  ],
  links: new URL('./links.yaml', import.meta.url),
  demo: demoAzureKeyVault,
};
