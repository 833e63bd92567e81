import type { Check } from '../../../../../model/check.js';
import { errorFinding, fail, pass } from '../../../../check-kit.js';
import { gap } from '../../../check-kit.js';
import { AZURE_STORAGE_ACCOUNTS } from '../state.js';
import { eachStorageAccount, LIST_API, STORAGE_ACCOUNT } from '../storage-kit.js';

export const storageCmkOrInfrastructureEncryption: Check = {
  meta: {
    id: 'azure.storage.cmk-or-infrastructure-encryption',
    title: 'Storage accounts add customer-managed keys or infrastructure encryption',
    provider: 'azure',
    service: 'storage',
    resourceType: STORAGE_ACCOUNT,
    severity: 'low',
    requires: [AZURE_STORAGE_ACCOUNTS],
    rationale:
      'Azure Storage always encrypts data at rest with Microsoft-managed keys, so that alone is not reported as a pass. ' +
      'This check passes when the account adds either a customer-managed key from Key Vault (keySource Microsoft.Keyvault), which lets the organisation revoke access to the data and rotate the key on its own schedule, ' +
      'or infrastructure encryption (requireInfrastructureEncryption), a second, independent encryption layer. It fails when neither is set, and the observed facts record which layers are present. ' +
      'Infrastructure encryption can only be chosen when an account is created.',
    remediation: {
      text: 'Configure a customer-managed key from Key Vault for the account; for new accounts holding sensitive data, also enable infrastructure encryption at creation.',
      cli: 'az storage account update --resource-group <group> --name <account> --encryption-key-source Microsoft.Keyvault --encryption-key-vault <vault-uri> --encryption-key-name <key>',
    },
  },
  evaluate(ctx) {
    return eachStorageAccount(ctx, (a, resource) => {
      const enc = a.properties.encryption;
      if (!enc?.keySource)
        return errorFinding(resource, gap(LIST_API.api, LIST_API.action, `storage account ${a.name} has no encryption keySource`));
      const cmk = enc.keySource.toLowerCase() === 'microsoft.keyvault';
      const infra = enc.requireInfrastructureEncryption === true;
      const observed = {
        keySource: enc.keySource,
        requireInfrastructureEncryption: infra,
        ...(cmk ? { keyVaultUri: enc.keyvaultproperties?.keyvaulturi ?? null, keyName: enc.keyvaultproperties?.keyname ?? null } : {}),
      };
      if (cmk || infra) {
        const layers = [cmk ? 'a customer-managed key' : '', infra ? 'infrastructure encryption' : ''].filter(Boolean).join(' and ');
        return pass(resource, 'encryption-strengthened', `Storage account ${a.name} uses ${layers}.`, observed);
      }
      return fail(resource, 'platform-keys-only', `Storage account ${a.name} relies on Microsoft-managed keys alone.`, observed);
    });
  },
};
