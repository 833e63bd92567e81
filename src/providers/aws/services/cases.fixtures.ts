/** Shared builders for the data-service case tables (test-only; excluded from the build). */

import { denied, type SnapshotBuilder, snapshot, throttled } from '../../../../test/support/snapshot.js';
import type { InventoryKey } from '../../../model/keys.js';

export const R = 'us-east-1';
export const ACCT = '111122223333';

/** A snapshot whose regional list key holds these items. */
export function listed<T>(key: InventoryKey<readonly T[]>, ...items: T[]): SnapshotBuilder {
  return snapshot().regional(key, R, items);
}

/** A snapshot whose regional key could not be read. */
export function deniedKey<T>(key: InventoryKey<T>, api: string): SnapshotBuilder {
  return snapshot().regional(key, R, denied<T>(api));
}

export function throttledKey<T>(key: InventoryKey<T>, api: string): SnapshotBuilder {
  return snapshot().regional(key, R, throttled<T>(api));
}
