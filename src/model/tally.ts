import type { EvidenceItem } from './evidence.js';
import type { FetchError } from './fetched.js';
import type { FrameworkKey } from './framework.js';
import type { ApiErrorSummary } from './result.js';
import { SEVERITIES, type Severity, STATUSES, type Status } from './status.js';

type Counts = Record<EvidenceItem['status'], number>;
const zero = (): Counts => ({ pass: 0, fail: 0, error: 0, not_applicable: 0 });

/**
 * Everything the result's summary, control table and account list count, gathered one item at a
 * time: a run of millions of items is counted as it is evaluated, never held whole to be counted.
 */
export class ItemTally {
  count = 0;
  readonly byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  readonly failingBySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  readonly perAccount = new Map<string, { items: number; errors: number }>();
  /** Per framework, per control id: items by status. */
  readonly controls = new Map<FrameworkKey, Map<string, Counts>>();
  private readonly errors = new Map<string, { summary: ApiErrorSummary; accounts: Set<string>; scopes: Set<string> }>();

  add(i: EvidenceItem): void {
    this.count++;
    this.byStatus[i.status]++;
    if (i.status === 'fail') this.failingBySeverity[i.severity]++;
    const k = `${i.resource.provider}/${i.resource.account}`;
    let a = this.perAccount.get(k);
    if (!a) this.perAccount.set(k, (a = { items: 0, errors: 0 }));
    a.items++;
    if (i.status === 'error') a.errors++;
    for (const [fw, ids] of Object.entries(i.controls) as [FrameworkKey, string[]][]) {
      let byId = this.controls.get(fw);
      if (!byId) this.controls.set(fw, (byId = new Map()));
      for (const id of ids) {
        let c = byId.get(id);
        if (!c) byId.set(id, (c = zero()));
        c[i.status]++;
      }
    }
    if (i.error) this.addError(i, i.error);
  }

  private addError(i: EvidenceItem, e: FetchError): void {
    const k = `${e.api}|${e.kind}`;
    let s = this.errors.get(k);
    if (!s) {
      const summary = { api: e.api, action: e.action, kind: e.kind, message: e.message, items: 0, accounts: [], scopes: [] };
      this.errors.set(k, (s = { summary, accounts: new Set(), scopes: new Set() }));
    }
    s.summary.items++;
    // Sets: an organisation's error can span hundreds of accounts and every region.
    s.accounts.add(i.resource.account);
    s.scopes.add(i.resource.region);
  }

  errorsByApi(): ApiErrorSummary[] {
    return [...this.errors.values()]
      .map((s) => ({ ...s.summary, accounts: [...s.accounts].sort(), scopes: [...s.scopes].sort() }))
      .sort((a, b) => b.items - a.items || a.api.localeCompare(b.api));
  }
}

export function tallyItems(items: Iterable<EvidenceItem>): ItemTally {
  const t = new ItemTally();
  for (const i of items) t.add(i);
  return t;
}
