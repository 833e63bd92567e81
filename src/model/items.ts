import type { EvidenceItem } from './evidence.js';
import { itemLine } from './item-line.js';
import { Top } from './top.js';

/**
 * A result's evidence items, readable as many times as the outputs need: held in memory for
 * ordinary scans, spooled to a temporary JSON Lines file for very large ones (a million
 * resources give millions of items, more than memory should hold at once).
 */
export interface Items extends Iterable<EvidenceItem> {
  readonly count: number;
  /** Each item as its JSON text, in the same order: writers copy it without parsing and re-serialising. */
  lines(): Iterable<string>;
  /**
   * Only the items `notable` selects, in the same order, read from an index the source kept as
   * the items arrived: what gates, summaries and SARIF read, a small part of a large run.
   * Absent when the source keeps no index; `notPassing` then filters a full reading.
   */
  notPassing?(): Iterable<EvidenceItem>;
  /** Every check id among the items, with the providers of its items (SARIF names a rule for each). */
  readonly checks?: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * `lines()` as UTF-8 bytes, each line ending in `\n`, in chunks (each valid until the next is
   * asked for): writers copy them without decoding.
   */
  bytes?(): Iterable<Buffer>;
  /**
   * The one finished file that holds exactly `bytes()`, with the SHA-256 and size of those bytes
   * taken as it was written: a bundle may hard-link it instead of copying it. Only a finished
   * spool sets it; nothing writes the file any more, and a view that changes lines (`mapItems`)
   * must not pass it on.
   */
  file?(): ItemsFile | undefined;
}

/** A finished items file: its path, SHA-256 (hex) and size in bytes. */
export interface ItemsFile {
  path: string;
  sha256: string;
  bytes: number;
}

/** An item a pass-only reading would miss: not `pass`, or carrying an error or a waiver. */
export const notable = (i: EvidenceItem): boolean => i.status !== 'pass' || i.error !== undefined || i.waiver !== undefined;

/** Every item that is not a plain pass, from the source's index when it keeps one. */
export function notPassing(src: Iterable<EvidenceItem> & Pick<Items, 'notPassing'>): Iterable<EvidenceItem> {
  return src.notPassing ? src.notPassing() : filterItems(src, notable);
}

/** Items in memory: an ordinary array that is also `Items`, so small callers and tests can index it. */
export type ItemList = EvidenceItem[] & Items;

function* linesOf(this: readonly EvidenceItem[]): Generator<string> {
  for (const i of this) yield itemLine(i);
}

/** The array itself, given `count` and `lines()`; nothing is copied. */
export function itemsOf(list: EvidenceItem[]): ItemList {
  if (!Object.hasOwn(list, 'count')) {
    Object.defineProperty(list, 'count', { get: () => list.length });
    Object.defineProperty(list, 'lines', { value: linesOf });
  }
  return list as ItemList;
}

/**
 * The same items with `fn` applied on every reading; nothing is copied. With `keepsIndex`
 * (`fn` changes neither check ids nor which items are notable), the source's index still holds.
 * Neither `bytes` nor `file` is passed on: `fn` may change lines, so the source's bytes are not these.
 */
export function mapItems(src: Items, fn: (item: EvidenceItem) => EvidenceItem, opts: { keepsIndex?: boolean } = {}): Items {
  const index = opts.keepsIndex ? src.notPassing?.bind(src) : undefined;
  return {
    count: src.count,
    *[Symbol.iterator]() {
      for (const i of src) yield fn(i);
    },
    *lines() {
      if (!src.bytes) {
        for (const i of src) yield itemLine(fn(i));
        return;
      }
      // Stored lines are `JSON.stringify` output, which parses and prints back to the same text:
      // an item `fn` returns as it is keeps its line, and only the changed ones are printed again.
      for (const line of src.lines()) {
        const i = JSON.parse(line) as EvidenceItem;
        const out = fn(i);
        yield out === i ? line : itemLine(out);
      }
    },
    ...(index
      ? {
          *notPassing() {
            for (const i of index()) yield fn(i);
          },
        }
      : {}),
    ...(opts.keepsIndex && src.checks ? { checks: src.checks } : {}),
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
  const t = new Top(n, order);
  for (const i of src) if (keep(i)) t.add(i);
  return { top: t.list, total: t.added };
}
