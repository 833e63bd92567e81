import type { Check } from '../../../../../model/check.js';
import { AZURE_KEY_VAULT_SECRETS, AZURE_KEY_VAULTS } from '../state.js';
import { itemsExpire, VAULT_TYPE } from '../vault-kit.js';

export const keyVaultSecretExpirySet: Check = {
  meta: {
    id: 'azure.keyvault.secret-expiry-set',
    title: 'Key vault secrets have an expiry date',
    provider: 'azure',
    service: 'keyvault',
    resourceType: VAULT_TYPE,
    severity: 'medium',
    requires: [AZURE_KEY_VAULTS, AZURE_KEY_VAULT_SECRETS],
    rationale:
      'One result per vault, read from the management plane: secret names and attributes only, never values. Passes when every enabled secret has an expiry date; fails naming the secrets without one. A vault with no enabled secrets is not_applicable. ' +
      'Passwords, connection strings and tokens that never expire stay valid long after they leak or their owner leaves.',
    remediation: {
      text: 'Set an expiry date on each secret and rotate it before that date.',
      cli: 'az keyvault secret set-attributes --vault-name <vault> --name <secret> --expires <YYYY-MM-DDTHH:MM:SSZ>',
    },
    cis: ['8.3.3', '8.3.4'],
  },
  evaluate(ctx) {
    return itemsExpire(ctx, AZURE_KEY_VAULT_SECRETS, 'secret');
  },
};
