/** Builders for the case tables of the ARM service folders: rows of items, plus the list failing, missing or empty. */
import { azureSnapshot, type CheckCase, denied, ok, type SnapshotBuilder, SUBSCRIPTION } from '../../../../test/support/snapshot.js';
import type { Fetched } from '../../../model/fetched.js';
import type { InventoryKey, PerResource } from '../../../model/keys.js';
import { listApi } from './collect.js';

type Expected = CheckCase['expected'];

export const SUB = `/subscriptions/${SUBSCRIPTION}`;

/** The ARM id of a resource in group `rg` of the test subscription. */
export function rid(type: string, name: string, group = 'rg-app'): string {
  return `${SUB}/resourceGroups/${group}/providers/${type}/${name}`;
}

/** A tracked resource with the given properties (and top-level extras such as `sku` or `identity`). */
export function res<P>(type: string, name: string, properties: P, extra: Record<string, unknown> = {}) {
  return { id: rid(type, name), name, type, location: 'westeurope', tags: {}, properties, ...extra };
}

/** The list failing (denied), missing from the snapshot, or empty. */
export function listErrors<T>(key: InventoryKey<T[]>, type: string, base: () => SnapshotBuilder = azureSnapshot): CheckCase[] {
  const { api, actions } = listApi(type);
  return [
    {
      name: `denied ${key.id} is one error on the subscription`,
      snapshot: base().global(key, denied(api, actions[0])),
      expected: [['error', 'error.denied']],
    },
    { name: `${key.id} missing from the snapshot is an error`, snapshot: base(), expected: [['error', 'error.unknown']] },
    { name: `an empty ${key.id} gives no findings`, snapshot: base().global(key, []), expected: [] },
  ];
}

/** Rows over one list: `[name, items, expected]`, then the list's error rows. */
export function listCases<T>(key: InventoryKey<T[]>, type: string, rows: [string, T[], Expected][]): CheckCase[] {
  return [
    ...rows.map(([name, items, expected]) => ({ name, snapshot: azureSnapshot().global(key, items), expected })),
    ...listErrors(key, type),
  ];
}

/** Rows over a list and a per-resource key: `[name, items, children by id, expected]`, a denied child, and the list's error rows. */
export function childCases<T extends { id: string }, C>(
  key: InventoryKey<T[]>,
  type: string,
  child: InventoryKey<PerResource<C>>,
  rows: [string, T[], C[], Expected][],
  deniedRow: { item: T; api: string; expected?: Expected },
): CheckCase[] {
  const build = (items: T[], values: Fetched<C>[]) =>
    azureSnapshot()
      .global(key, items)
      .global(child, Object.fromEntries(items.map((i, n) => [i.id, values[n]!])));
  return [
    ...rows.map(([name, items, values, expected]) => ({
      name,
      snapshot: build(
        items,
        values.map((v) => ok(v)),
      ),
      expected,
    })),
    {
      name: `denied ${child.id} for one resource is an error on it`,
      snapshot: build([deniedRow.item], [denied(deniedRow.api)]),
      expected: deniedRow.expected ?? [['error', 'error.denied']],
    },
    ...listErrors(key, type, () => azureSnapshot().global(child, {})),
  ];
}

/** Rows for a subscription-level check over one key: `[name, value, expected]`, then the key denied and missing. */
export function subscriptionCases<T>(key: InventoryKey<T>, type: string, rows: [string, T, Expected][]): CheckCase[] {
  const { api, actions } = listApi(type);
  return [
    ...rows.map(([name, value, expected]) => ({ name, snapshot: azureSnapshot().global(key, value), expected })),
    {
      name: `denied ${key.id} is an error`,
      snapshot: azureSnapshot().global(key, denied(api, actions[0])),
      expected: [['error', 'error.denied']] as Expected,
    },
    {
      name: `${key.id} missing from the snapshot is an error`,
      snapshot: azureSnapshot(),
      expected: [['error', 'error.unknown']] as Expected,
    },
  ];
}
