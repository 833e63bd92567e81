import type { EvidenceItem } from './evidence.js';

/**
 * A result's evidence items, readable as many times as the outputs need: held in memory for
 * ordinary scans, spooled to a temporary JSON Lines file for very large ones (a million
 * resources give millions of items, more than memory should hold at once).
 */
export interface Items extends Iterable<EvidenceItem> {
  readonly count: number;
  /** Each item as its JSON text, in the same order: writers copy it without parsing and re-serialising. */
  lines(): Iterable<string>;
}

/** Items in memory: an ordinary array that is also `Items`, so small callers and tests can index it. */
export type ItemList = EvidenceItem[] & Items;

function* linesOf(this: readonly EvidenceItem[]): Generator<string> {
  for (const i of this) yield JSON.stringify(i);
}

/** The array itself, given `count` and `lines()`; nothing is copied. */
export function itemsOf(list: EvidenceItem[]): ItemList {
  if (!Object.hasOwn(list, 'count')) {
    Object.defineProperty(list, 'count', { get: () => list.length });
    Object.defineProperty(list, 'lines', { value: linesOf });
  }
  return list as ItemList;
}

/** The same items with `fn` applied on every reading; nothing is copied. */
export function mapItems(src: Items, fn: (item: EvidenceItem) => EvidenceItem): Items {
  return {
    count: src.count,
    *[Symbol.iterator]() {
      for (const i of src) yield fn(i);
    },
    *lines() {
      for (const i of src) yield JSON.stringify(fn(i));
    },
  };
}

/** The items `keep` selects, in order (CI outputs read failing items only). */
export function* filterItems(src: Iterable<EvidenceItem>, keep: (item: EvidenceItem) => boolean): Generator<EvidenceItem> {
  for (const i of src) if (keep(i)) yield i;
}

/**
 * The first `n` items in `order` among those `keep` selects, with how many were selected: what
 * summaries show of a run too large to sort whole. Holds at most `n` items.
 */
export function topItems(
  src: Iterable<EvidenceItem>,
  keep: (item: EvidenceItem) => boolean,
  n: number,
  order: (a: EvidenceItem, b: EvidenceItem) => number,
): { top: EvidenceItem[]; total: number } {
  const top: EvidenceItem[] = [];
  let total = 0;
  for (const i of src) {
    if (!keep(i)) continue;
    total++;
    if (top.length === n && order(i, top[n - 1]!) >= 0) continue;
    // Binary search for the insertion point keeps equal items in arrival order.
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (order(top[mid]!, i) <= 0) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, i);
    if (top.length > n) top.pop();
  }
  return { top, total };
}
