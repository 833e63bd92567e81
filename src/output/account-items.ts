/**
 * A result's items account by account, in the order of `run.accounts`, for writers that make
 * one section per account (SARIF's runs) without holding every account's items at once.
 */
import type { EvidenceItem } from '../model/evidence.js';
import { filterItems } from '../model/items.js';
import type { AccountRun, ResultDocument } from './result.js';

export interface AccountItems {
  account: AccountRun;
  /** Read once, before the next account is asked for. */
  items: Iterable<EvidenceItem>;
}

/** Items met out of account order; the caller starts again with `eachAccountOnePass`. */
export class ItemsOutOfOrder extends Error {
  constructor() {
    super('items are not grouped by account in the order of run.accounts');
  }
}

const accountKey = (provider: string, account: string): string => `${provider}/${account}`;
const itemAccount = (i: EvidenceItem): string => accountKey(i.resource.provider, i.resource.account);

/** Runs of consecutive values with the same key; each run must be read (or left) before the next. */
function* consecutive<T>(src: Iterable<T>, key: (t: T) => string): Generator<[string, Iterable<T>]> {
  const it = src[Symbol.iterator]();
  try {
    let next = it.next();
    while (!next.done) {
      const k = key(next.value);
      yield [
        k,
        (function* () {
          while (!next.done && key(next.value) === k) {
            yield next.value;
            next = it.next();
          }
        })(),
      ];
      while (!next.done && key(next.value) === k) next = it.next();
    }
  } finally {
    // A spooled reading holds its file open until it is told to stop.
    it.return?.();
  }
}

/**
 * One reading of the items, for results whose items come account by account in `run.accounts`
 * order (sorted by provider, then account), as evaluation and merge write them. Items of an
 * account the run does not list are skipped, as before. Throws `ItemsOutOfOrder` on meeting an
 * account again, after earlier accounts may already have been handed out.
 */
export function* accountsInOneReading(doc: ResultDocument): Generator<AccountItems> {
  const accounts = doc.run.accounts;
  const index = new Map(accounts.map((a, n) => [accountKey(a.provider, a.account), n]));
  let next = 0;
  for (const [k, items] of consecutive(doc.items, itemAccount)) {
    const n = index.get(k);
    if (n === undefined) continue;
    if (n < next) throw new ItemsOutOfOrder();
    while (next < n) yield { account: accounts[next++]!, items: [] };
    yield { account: accounts[next++]!, items };
  }
  while (next < accounts.length) yield { account: accounts[next++]!, items: [] };
}

/** One reading per account: slower on a spooled result, but right in any item order. */
export function* eachAccountOnePass(doc: ResultDocument): Generator<AccountItems> {
  for (const account of doc.run.accounts) {
    const k = accountKey(account.provider, account.account);
    yield { account, items: filterItems(doc.items, (i) => itemAccount(i) === k) };
  }
}
