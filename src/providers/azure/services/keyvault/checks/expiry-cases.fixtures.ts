/** The expiry checks for keys and secrets share one rule and one table. */

import { azureSnapshot, type CheckCases, daysAgo, denied, ok } from '../../../../../../test/support/snapshot.js';
import type { Check } from '../../../../../model/check.js';
import type { InventoryKey, PerResource } from '../../../../../model/keys.js';
import { vault, vaultItem } from '../../../builders.fixtures.js';
import { AZURE_KEY_VAULTS, type VaultKey } from '../state.js';
import { vaultListErrors } from './vault-cases.fixtures.js';

export function expiryTable(
  check: Check,
  key: InventoryKey<PerResource<VaultKey[]>>,
  noun: 'key' | 'secret',
  api: string,
  action: string,
): CheckCases {
  const kv = vault('kv1');
  const other = vault('kv2');
  const with_ = (items: VaultKey[]) =>
    azureSnapshot()
      .global(AZURE_KEY_VAULTS, [kv])
      .global(key, { [kv.id]: ok(items) });
  const expires = daysAgo(-180);
  return {
    check,
    cases: [
      {
        name: `every enabled ${noun} with an expiry passes`,
        snapshot: with_([vaultItem(kv, 'a', { enabled: true, expires }), vaultItem(kv, 'b', { expires })]),
        expected: [['pass', `${noun}s-expire`]],
      },
      {
        name: `a ${noun} without an expiry fails`,
        snapshot: with_([vaultItem(kv, 'a', { enabled: true, expires }), vaultItem(kv, 'b', { enabled: true })]),
        expected: [['fail', `${noun}s-never-expire`]],
      },
      {
        name: `a disabled ${noun} without an expiry is ignored`,
        snapshot: with_([vaultItem(kv, 'a', { enabled: true, expires }), vaultItem(kv, 'old', { enabled: false })]),
        expected: [['pass', `${noun}s-expire`]],
      },
      { name: `a vault with no ${noun}s is not applicable`, snapshot: with_([]), expected: [['not_applicable', `no-${noun}s`]] },
      {
        name: `one vault's denied ${noun} list is an error and does not hide the others`,
        snapshot: azureSnapshot()
          .global(AZURE_KEY_VAULTS, [kv, other])
          .global(key, { [kv.id]: denied(api, action), [other.id]: ok([vaultItem(other, 'a')]) }),
        expected: [
          ['error', 'error.denied'],
          ['fail', `${noun}s-never-expire`],
        ],
      },
      {
        name: `${key.id} missing from the snapshot is an error`,
        snapshot: azureSnapshot().global(AZURE_KEY_VAULTS, [kv]),
        expected: [['error', 'error.unknown']],
      },
      ...vaultListErrors(() => azureSnapshot().global(key, {})),
    ],
  };
}
