/** Shared by the Key Vault checks: walking vaults, and the expiry rule for keys and secrets. */

import type { CheckContext, Finding } from '../../../../model/check.js';
import type { InventoryKey, PerResource } from '../../../../model/keys.js';
import type { ResourceRef } from '../../../../model/resource.js';
import { all, fail, notApplicable, pass } from '../../../check-kit.js';
import { eachItem, lookupArm } from '../../check-kit.js';
import { AZURE_KEY_VAULTS, type KeyVault, type VaultItemAttributes } from './state.js';

export const VAULT_TYPE = 'Microsoft.KeyVault/vaults';

export function eachVault(ctx: CheckContext, fn: (vault: KeyVault, resource: ResourceRef) => Finding): Finding[] {
  return eachItem(ctx, AZURE_KEY_VAULTS, VAULT_TYPE, fn);
}

/**
 * One finding per vault about its keys or secrets: passes when every enabled item has an
 * expiry. Disabled items cannot be used, so they are left out.
 */
export function itemsExpire(
  ctx: CheckContext,
  key: InventoryKey<PerResource<{ name: string; properties: { attributes?: VaultItemAttributes } }[]>>,
  noun: 'key' | 'secret',
): Finding[] {
  return eachVault(ctx, (vault, resource) => {
    const got = all(resource, [lookupArm(ctx, key, vault.id)]);
    if (!got.ok) return got.finding;
    const enabled = got.values[0].filter((i) => i.properties.attributes?.enabled !== false);
    const never = enabled
      .filter((i) => !i.properties.attributes?.expires)
      .map((i) => i.name)
      .sort();
    const observed = { enabled: enabled.length, withoutExpiry: never };
    if (!enabled.length) return notApplicable(resource, `no-${noun}s`, `Key vault ${vault.name} holds no enabled ${noun}s.`, observed);
    return never.length === 0
      ? pass(
          resource,
          `${noun}s-expire`,
          `All ${enabled.length} enabled ${noun}(s) in key vault ${vault.name} have an expiry date.`,
          observed,
        )
      : fail(
          resource,
          `${noun}s-never-expire`,
          `Key vault ${vault.name} has ${never.length} enabled ${noun}(s) without an expiry date: ${never.join(', ')}.`,
          observed,
        );
  });
}
