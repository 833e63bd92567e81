/** A result of any size, from the demo's items repeated over synthetic accounts: for the HTML report's scale test and benchmark. */
import type { EvidenceItem } from '../../src/model/evidence.js';
import { itemsOf } from '../../src/model/items.js';
import { demoSnapshots, resultOf } from '../output/sarif-fixtures.js';
import type { TestResult } from './result.js';

export function largeResult(n: number): TestResult {
  const base = resultOf(demoSnapshots());
  const items: EvidenceItem[] = [];
  for (let copy = 0; items.length < n; copy++) {
    const account = String(100_000_000_000 + copy);
    for (const i of base.items) {
      if (items.length >= n) break;
      // Copy 0 keeps the demo's own ids; later copies live in other AWS accounts (Azure keeps its subscription).
      const acct = copy === 0 || i.resource.provider !== 'aws' ? i.resource.account : account;
      const id = copy === 0 ? i.resource.id : `${i.resource.id}#${copy}`;
      items.push({ ...i, id: copy === 0 ? i.id : `${i.id}-${copy}`, resource: { ...i.resource, account: acct, id } });
    }
  }
  return { ...base, items: itemsOf(items), summary: { ...base.summary, items: items.length } };
}
