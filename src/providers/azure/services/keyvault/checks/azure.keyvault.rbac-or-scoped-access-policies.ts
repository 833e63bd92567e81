import type { Check } from '../../../../../model/check.js';
import { fail, pass } from '../../../../check-kit.js';
import { type AccessPolicy, AZURE_KEY_VAULTS } from '../state.js';
import { eachVault, VAULT_TYPE } from '../vault-kit.js';

/** The object types whose permissions hold a literal `all`. */
function grantsAll(p: AccessPolicy): string[] {
  return (['keys', 'secrets', 'certificates', 'storage'] as const).filter((t) =>
    (p.permissions[t] ?? []).some((x) => x.toLowerCase() === 'all'),
  );
}

export const keyVaultRbacOrScopedAccessPolicies: Check = {
  meta: {
    id: 'azure.keyvault.rbac-or-scoped-access-policies',
    title: 'Key vaults use Azure RBAC, or access policies that do not grant everything',
    provider: 'azure',
    service: 'keyvault',
    resourceType: VAULT_TYPE,
    severity: 'medium',
    requires: [AZURE_KEY_VAULTS],
    rationale:
      'Passes when the vault uses Azure RBAC for its data plane (enableRbacAuthorization), which gives per-scope roles, PIM and a single place to review access. ' +
      'A vault still on access policies passes only when no policy grants `all` permissions on keys, secrets, certificates or storage; it fails naming the principals that hold them. ' +
      'A blanket grant lets one identity read, change and purge every object in the vault, which is rarely what its job needs.',
    remediation: {
      text: 'Switch the vault to the Azure RBAC permission model and assign the narrowest Key Vault data roles, or trim each access policy to the operations the principal uses.',
      cli: 'az keyvault update --resource-group <group> --name <vault> --enable-rbac-authorization true',
    },
  },
  evaluate(ctx) {
    return eachVault(ctx, (v, resource) => {
      if (v.properties.enableRbacAuthorization === true)
        return pass(resource, 'rbac', `Key vault ${v.name} uses Azure RBAC.`, { enableRbacAuthorization: true });
      const policies = v.properties.accessPolicies ?? [];
      const broad = policies.flatMap((p) => {
        const types = grantsAll(p);
        return types.length ? [{ objectId: p.objectId, all: types }] : [];
      });
      const observed = { enableRbacAuthorization: false, accessPolicies: policies.length, grantAll: broad };
      return broad.length === 0
        ? pass(
            resource,
            'access-policies-scoped',
            `Key vault ${v.name} uses ${policies.length} access policies, none granting all permissions.`,
            observed,
          )
        : fail(
            resource,
            'access-policy-grants-all',
            `Key vault ${v.name} has ${broad.length} access policy(ies) granting all permissions on ${[...new Set(broad.flatMap((b) => b.all))].join(', ')}.`,
            observed,
          );
    });
  },
};
