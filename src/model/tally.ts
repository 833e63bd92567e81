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

  /** The counts as plain data, for a worker handing its part of a run to the main thread. */
  toData(): TallyData {
    return {
      count: this.count,
      byStatus: { ...this.byStatus },
      failingBySeverity: { ...this.failingBySeverity },
      perAccount: [...this.perAccount].map(([k, v]) => [k, { ...v }]),
      controls: [...this.controls].map(([fw, byId]) => [fw, [...byId].map(([id, c]) => [id, { ...c }])]),
      errors: [...this.errors.values()].map((e) => ({ summary: { ...e.summary }, accounts: [...e.accounts], scopes: [...e.scopes] })),
    };
  }

  /**
   * Add another part's counts, as if its items had been added here after these: parts merged in
   * item order give the same tally, maps in the same key order, as one pass over every item.
   */
  merge(d: TallyData): void {
    this.count += d.count;
    for (const s of STATUSES) this.byStatus[s] += d.byStatus[s];
    for (const s of SEVERITIES) this.failingBySeverity[s] += d.failingBySeverity[s];
    for (const [k, v] of d.perAccount) {
      const a = this.perAccount.get(k);
      if (a) {
        a.items += v.items;
        a.errors += v.errors;
      } else this.perAccount.set(k, { ...v });
    }
    for (const [fw, ids] of d.controls) {
      let byId = this.controls.get(fw);
      if (!byId) this.controls.set(fw, (byId = new Map()));
      for (const [id, c] of ids) {
        const mine = byId.get(id);
        if (!mine) byId.set(id, { ...c });
        else for (const s of STATUSES) mine[s] += c[s];
      }
    }
    for (const e of d.errors) {
      const k = `${e.summary.api}|${e.summary.kind}`;
      const mine = this.errors.get(k);
      if (!mine) {
        this.errors.set(k, { summary: { ...e.summary }, accounts: new Set(e.accounts), scopes: new Set(e.scopes) });
        continue;
      }
      mine.summary.items += e.summary.items;
      for (const a of e.accounts) mine.accounts.add(a);
      for (const s of e.scopes) mine.scopes.add(s);
    }
  }

  errorsByApi(): ApiErrorSummary[] {
    return [...this.errors.values()]
      .map((s) => ({ ...s.summary, accounts: [...s.accounts].sort(), scopes: [...s.scopes].sort() }))
      .sort((a, b) => b.items - a.items || a.api.localeCompare(b.api));
  }
}

/** An `ItemTally` as plain data (structured-cloneable). */
export interface TallyData {
  count: number;
  byStatus: Record<Status, number>;
  failingBySeverity: Record<Severity, number>;
  perAccount: [string, { items: number; errors: number }][];
  controls: [FrameworkKey, [string, Counts][]][];
  errors: { summary: ApiErrorSummary; accounts: string[]; scopes: string[] }[];
}

export function tallyItems(items: Iterable<EvidenceItem>): ItemTally {
  const t = new ItemTally();
  for (const i of items) t.add(i);
  return t;
}
