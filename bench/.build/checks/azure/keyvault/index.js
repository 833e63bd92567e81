import { keyVaultKeyExpirySet } from './azure.keyvault.key-expiry-set.js';
import { keyVaultPublicAccessRestricted } from './azure.keyvault.public-access-restricted.js';
import { keyVaultRbacOrScopedAccessPolicies } from './azure.keyvault.rbac-or-scoped-access-policies.js';
import { keyVaultRecoverable } from './azure.keyvault.recoverable.js';
import { keyVaultSecretExpirySet } from './azure.keyvault.secret-expiry-set.js';
/** Sorted by id. */
export const azureKeyVaultChecks = [
    keyVaultKeyExpirySet,
    keyVaultPublicAccessRestricted,
    keyVaultRbacOrScopedAccessPolicies,
    keyVaultRecoverable,
    keyVaultSecretExpirySet,
];
