import type { Fetched } from './fetched.js';

/**
 * A typed inventory key. The phantom `T` lets checks read `snapshot.get(S3_BUCKETS)`
 * and get `S3Bucket[]` back without a central type map.
 */
export type Scope = 'global' | 'regional';

export interface InventoryKey<T> {
  readonly id: string;
  readonly scope: Scope;
  /** Never set; carries the value type. */
  readonly __type?: T;
}

export type AnyKey = InventoryKey<unknown>;

export function inventoryKey<T>(id: string, scope: Scope): InventoryKey<T> {
  return { id, scope };
}

export const GLOBAL = 'global';

/** Keys map to per-bucket (or per-key) results when each item needs its own call. */
export type PerResource<T> = Record<string, Fetched<T>>;
