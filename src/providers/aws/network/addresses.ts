/**
 * IPv4 and IPv6 address sets built from CIDRs, and the question "does this cover the
 * internet": several smaller ranges (`0.0.0.0/1` + `128.0.0.0/1`) cover it as `0.0.0.0/0` does.
 */
import { parseCidr } from '../ip-ranges.js';
import { IntervalSet } from './intervals.js';

export interface AddressSet {
  readonly v4: IntervalSet;
  readonly v6: IntervalSet;
}

export const NO_ADDRESSES: AddressSet = { v4: IntervalSet.EMPTY, v6: IntervalSet.EMPTY };
const ALL_V4 = IntervalSet.range(0n, (1n << 32n) - 1n);
const ALL_V6 = IntervalSet.range(0n, (1n << 128n) - 1n);
export const ALL_ADDRESSES: AddressSet = { v4: ALL_V4, v6: ALL_V6 };

/** Unreadable CIDRs are returned apart, so a caller can report them instead of guessing. */
export function addressesOf(cidrs: readonly string[]): { set: AddressSet; unreadable: string[] } {
  let set = NO_ADDRESSES;
  const unreadable: string[] = [];
  for (const c of cidrs) {
    const r = parseCidr(c);
    if (!r) unreadable.push(c);
    else
      set = addressUnion(
        set,
        r.family === 4
          ? { v4: IntervalSet.range(r.start, r.end), v6: IntervalSet.EMPTY }
          : { v4: IntervalSet.EMPTY, v6: IntervalSet.range(r.start, r.end) },
      );
  }
  return { set, unreadable };
}

export function addressUnion(a: AddressSet, b: AddressSet): AddressSet {
  return { v4: a.v4.union(b.v4), v6: a.v6.union(b.v6) };
}

export function addressMinus(a: AddressSet, b: AddressSet): AddressSet {
  return { v4: a.v4.minus(b.v4), v6: a.v6.minus(b.v6) };
}

export function addressIntersect(a: AddressSet, b: AddressSet): AddressSet {
  return { v4: a.v4.intersect(b.v4), v6: a.v6.intersect(b.v6) };
}

export function addressesEmpty(a: AddressSet): boolean {
  return a.v4.empty && a.v6.empty;
}

/** Which address families the set covers entirely: `0.0.0.0/0`, `::/0`, both or neither. */
export function worldFamilies(a: AddressSet): ('0.0.0.0/0' | '::/0')[] {
  return [...(a.v4.covers(ALL_V4) ? (['0.0.0.0/0'] as const) : []), ...(a.v6.covers(ALL_V6) ? (['::/0'] as const) : [])];
}
