import type { Check } from '../../../../../model/check.js';
import { fail, pass } from '../../../../check-kit.js';
import { AZURE_KEY_VAULTS } from '../state.js';
import { eachVault, VAULT_TYPE } from '../vault-kit.js';

export const keyVaultRecoverable: Check = {
  meta: {
    id: 'azure.keyvault.recoverable',
    title: 'Key vaults have soft delete and purge protection',
    provider: 'azure',
    service: 'keyvault',
    resourceType: VAULT_TYPE,
    severity: 'high',
    requires: [AZURE_KEY_VAULTS],
    rationale:
      'Passes when soft delete and purge protection are both on. Fails when purge protection is off (absent means off) or enableSoftDelete is false. ' +
      'Soft delete has been on by default for new vaults since 2020 and Azure now enforces it on every vault, so an answer that omits enableSoftDelete means on; the observed facts say it was not stated. ' +
      'Soft delete keeps a deleted vault and its objects for the retention period; purge protection stops anyone, including an attacker with Owner rights, from destroying them before it ends. ' +
      'Losing a key destroys every piece of data encrypted with it.',
    remediation: {
      text: 'Enable purge protection on the vault (it cannot be turned off again) and keep soft delete on.',
      cli: 'az keyvault update --resource-group <group> --name <vault> --enable-purge-protection true',
    },
    cis: ['8.3.5'],
  },
  evaluate(ctx) {
    return eachVault(ctx, (v, resource) => {
      const { enableSoftDelete, enablePurgeProtection: purge } = v.properties;
      // Absent is Azure's default, which is on (and can no longer be turned off); only an explicit false is off.
      const soft = enableSoftDelete !== false;
      const observed = { enableSoftDelete: enableSoftDelete ?? null, softDelete: soft, enablePurgeProtection: purge === true };
      const missing = [soft ? '' : 'soft delete', purge === true ? '' : 'purge protection'].filter(Boolean);
      return missing.length === 0
        ? pass(resource, 'recoverable', `Key vault ${v.name} has soft delete and purge protection.`, observed)
        : fail(resource, 'not-recoverable', `Key vault ${v.name} lacks ${missing.join(' and ')}.`, observed);
    });
  },
};
