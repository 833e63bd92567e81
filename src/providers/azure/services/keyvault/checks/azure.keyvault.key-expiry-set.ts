import type { Check } from '../../../../../model/check.js';
import { AZURE_KEY_VAULT_KEYS, AZURE_KEY_VAULTS } from '../state.js';
import { itemsExpire, VAULT_TYPE } from '../vault-kit.js';

export const keyVaultKeyExpirySet: Check = {
  meta: {
    id: 'azure.keyvault.key-expiry-set',
    title: 'Key vault keys have an expiry date',
    provider: 'azure',
    service: 'keyvault',
    resourceType: VAULT_TYPE,
    severity: 'medium',
    requires: [AZURE_KEY_VAULTS, AZURE_KEY_VAULT_KEYS],
    rationale:
      'One result per vault, read from the management plane (no key material). Passes when every enabled key has an expiry date; fails naming the keys without one. A vault with no enabled keys is not_applicable. ' +
      'An expiry date bounds how long a key can be used and forces a rotation decision, instead of one key protecting data indefinitely.',
    remediation: {
      text: 'Set an expiry date on each key, and add a rotation policy so new versions are created before it.',
      cli: 'az keyvault key set-attributes --vault-name <vault> --name <key> --expires <YYYY-MM-DDTHH:MM:SSZ>',
    },
    cis: ['8.3.1', '8.3.2'],
  },
  evaluate(ctx) {
    return itemsExpire(ctx, AZURE_KEY_VAULT_KEYS, 'key');
  },
};
