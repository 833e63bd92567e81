/** Rows every Azure check over a subscription-wide list shares: the list failing, missing or empty. */

import { azureSnapshot, type CheckCase, denied, type SnapshotBuilder } from '../../../test/support/snapshot.js';
import type { InventoryKey } from '../../model/keys.js';

/** `base` builds everything else the check needs, without `key`, so only the list is at fault. */
export function listErrors<T>(
  key: InventoryKey<T[]>,
  api: string,
  action: string,
  base: () => SnapshotBuilder = azureSnapshot,
): CheckCase[] {
  return [
    {
      name: `denied ${key.id} is one error on the subscription`,
      snapshot: base().global(key, denied(api, action)),
      expected: [['error', 'error.denied']],
    },
    { name: `${key.id} missing from the snapshot is an error`, snapshot: base(), expected: [['error', 'error.unknown']] },
    { name: `an empty ${key.id} gives no findings`, snapshot: base().global(key, []), expected: [] },
  ];
}
