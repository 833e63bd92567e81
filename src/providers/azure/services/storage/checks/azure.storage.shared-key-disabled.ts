import type { Check } from '../../../../../model/check.js';
import { errorFinding, fail, notApplicable, pass } from '../../../../check-kit.js';
import { resourceGroupOf } from '../../../arm-state.js';
import { criticalBecause, groupOf, groupsByName } from '../../../check-kit.js';
import { AZURE_RESOURCE_GROUPS } from '../../resources/state.js';
import { AZURE_STORAGE_ACCOUNTS } from '../state.js';
import { eachStorageAccount, STORAGE_ACCOUNT } from '../storage-kit.js';

export const storageSharedKeyDisabled: Check = {
  meta: {
    id: 'azure.storage.shared-key-disabled',
    title: 'Storage accounts refuse shared key authorisation',
    provider: 'azure',
    service: 'storage',
    resourceType: STORAGE_ACCOUNT,
    severity: 'medium',
    requires: [AZURE_STORAGE_ACCOUNTS, AZURE_RESOURCE_GROUPS],
    rationale:
      "Passes when allowSharedKeyAccess is false, so every request must carry a Microsoft Entra token (or a user delegation SAS). Fails when it is true or absent (Azure's default is to allow). " +
      'Account keys grant full control of all data, never expire, and leave no identity in the logs; Entra authorisation gives per-identity, revocable, audited access. ' +
      'Some workloads still need keys (e.g. certain Functions and Files set-ups), so the `azureSharedKeyScope` param chooses where this is required: `all` accounts (the default), or only accounts in resource groups marked critical (`azureCriticalGroupTags`, `azureCriticalGroups`), where the others are not_applicable; an account whose resource group cannot be read or is not in the group list is an error.',
    remediation: {
      text: 'Move clients to Entra ID authorisation (managed identities and RBAC data roles), then disallow shared key access.',
      cli: 'az storage account update --resource-group <group> --name <account> --allow-shared-key-access false',
    },
    cis: ['9.3.1.3'],
  },
  evaluate(ctx) {
    const critical = ctx.params.azureSharedKeyScope === 'critical';
    const groups = critical ? groupsByName(ctx) : undefined;
    return eachStorageAccount(ctx, (a, resource) => {
      const allowed = a.properties.allowSharedKeyAccess;
      const observed: Record<string, unknown> = { allowSharedKeyAccess: allowed ?? null };
      if (groups) {
        const rg = resourceGroupOf(a.id) ?? '';
        const group = groupOf(groups, a.id);
        if (!group.ok) return errorFinding(resource, group.error, `whether ${a.name} is in a critical resource group`);
        const why = criticalBecause(group.value, ctx.params);
        if (!why)
          return notApplicable(
            resource,
            'not-critical',
            `Storage account ${a.name} is not in a critical resource group, and the scope is critical groups only.`,
            { resourceGroup: rg },
          );
        observed.critical = why;
      }
      return allowed === false
        ? pass(resource, 'shared-key-disabled', `Storage account ${a.name} accepts Entra authorisation only.`, observed)
        : fail(resource, 'shared-key-allowed', `Storage account ${a.name} accepts its account keys.`, observed);
    });
  },
};
