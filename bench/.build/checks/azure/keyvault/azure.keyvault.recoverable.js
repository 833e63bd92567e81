import { errorFinding, fail, pass } from '../../../src/engine/check-kit.js';
import { AZURE_KEY_VAULTS } from '../../../src/providers/azure/inventory/keyvault.js';
import { gap } from '../azure-kit.js';
import { eachVault, VAULT_TYPE } from './vault-kit.js';
export const keyVaultRecoverable = {
    meta: {
        id: 'azure.keyvault.recoverable',
        title: 'Key vaults have soft delete and purge protection',
        provider: 'azure',
        service: 'keyvault',
        resourceType: VAULT_TYPE,
        severity: 'high',
        requires: [AZURE_KEY_VAULTS],
        rationale: 'Passes when both enableSoftDelete and enablePurgeProtection are true. Fails when purge protection is off (absent means off) or soft delete is off. A vault whose answer omits enableSoftDelete is an error rather than a guess. ' +
            'Soft delete keeps a deleted vault and its objects for the retention period; purge protection stops anyone, including an attacker with Owner rights, from destroying them before it ends. ' +
            'Losing a key destroys every piece of data encrypted with it.',
        remediation: {
            text: 'Enable purge protection on the vault (it cannot be turned off again) and keep soft delete on.',
            cli: 'az keyvault update --resource-group <group> --name <vault> --enable-purge-protection true',
        },
        cis: ['8.5'],
    },
    evaluate(ctx) {
        return eachVault(ctx, (v, resource) => {
            const { enableSoftDelete: soft, enablePurgeProtection: purge } = v.properties;
            if (soft === undefined)
                return errorFinding(resource, gap('Microsoft.KeyVault/vaults:list', 'Microsoft.KeyVault/vaults/read', `key vault ${v.name} has no enableSoftDelete`));
            const observed = { enableSoftDelete: soft, enablePurgeProtection: purge === true };
            const missing = [soft ? '' : 'soft delete', purge === true ? '' : 'purge protection'].filter(Boolean);
            return missing.length === 0
                ? pass(resource, 'recoverable', `Key vault ${v.name} has soft delete and purge protection.`, observed)
                : fail(resource, 'not-recoverable', `Key vault ${v.name} lacks ${missing.join(' and ')}.`, observed);
        });
    },
};
