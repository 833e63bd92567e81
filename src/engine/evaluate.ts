import { hash } from 'node:crypto';
import type { FrameworkKey } from '../mapping/load.js';
import type { Check, CheckContext, Finding } from '../model/check.js';
import type { EvidenceItem, EvidenceSource } from '../model/evidence.js';
import { type ItemList, itemsOf } from '../model/items.js';
import { GLOBAL } from '../model/keys.js';
import type { CheckParams } from '../model/params.js';
import { type Snapshot, SnapshotView } from '../model/snapshot.js';
import { redactIdentifier, redactItem } from './redact.js';

export function evidenceId(checkId: string, account: string, region: string, resourceId: string): string {
  // One-shot hash: no Hash object per item, which showed in profiles over 100k-resource snapshots.
  return hash('sha256', `${checkId}\u0000${account}\u0000${region}\u0000${resourceId}`, 'hex').slice(0, 32);
}

function sourcesFor(check: Check, view: SnapshotView, region: string): EvidenceSource[] {
  const out: EvidenceSource[] = [];
  for (const key of check.meta.requires) {
    const scope = key.scope === 'global' ? GLOBAL : region;
    if (scope === GLOBAL && key.scope === 'regional') continue;
    const entry = view.snapshot.inventory[key.id]?.[scope];
    if (entry) out.push({ key: key.id, scope, apis: entry.apis, collectedAt: entry.collectedAt });
  }
  return out;
}

function crashed(check: Check, ctx: CheckContext, err: unknown): Finding {
  return {
    status: 'error',
    resource: {
      provider: check.meta.provider,
      account: ctx.snapshot.account,
      region: GLOBAL,
      type: check.meta.resourceType,
      id: `check:${check.meta.id}`,
      name: check.meta.id,
    },
    messageId: 'error.check-crashed',
    message: `The check itself failed (${err instanceof Error ? err.message : String(err)}); this is a bug in annexa.`,
    observed: {},
    error: { kind: 'unknown', api: 'annexa', action: 'n/a', message: String(err) },
  };
}

/**
 * One collation for every machine: `localeCompare` follows the process's locale (LANG), so a shard
 * run under da_DK put "aab" after "zz", its result was out of order for `annexa merge`, and outputs
 * differed between runners. en-US keeps the order results already have.
 */
const collate = new Intl.Collator('en-US').compare;

/** The one order items are written in, so outputs diff cleanly between runs: account by account, then by check. */
export function byItemOrder(a: EvidenceItem, b: EvidenceItem): number {
  return (
    collate(a.resource.provider, b.resource.provider) ||
    collate(a.resource.account, b.resource.account) ||
    collate(a.checkId, b.checkId) ||
    collate(a.resource.region, b.resource.region) ||
    collate(a.resource.id, b.resource.id)
  );
}

/** Snapshots in the order their items are written. */
export function bySnapshotOrder(a: Pick<Snapshot, 'provider' | 'account'>, b: Pick<Snapshot, 'provider' | 'account'>): number {
  return collate(a.provider, b.provider) || collate(a.account.id, b.account.id);
}

/**
 * Run checks over a snapshot, yielding items in `byItemOrder` one check at a time, so memory
 * holds one check's findings, not the snapshot's. Pure and deterministic: the same snapshot,
 * checks and params always give the same evidence, which is what makes offline re-evaluation trustworthy.
 */
export function* evaluateStream(
  snapshot: Snapshot,
  checks: readonly Check[],
  params: CheckParams,
  controls: Map<string, Partial<Record<FrameworkKey, string[]>>>,
  serviceParams: Readonly<Record<string, unknown>> = {},
): Generator<EvidenceItem> {
  const view = new SnapshotView(snapshot);
  const ctx: CheckContext = { snapshot: view, params, serviceParams, now: new Date(snapshot.finishedAt) };
  // A check reads one provider's inventory; on another provider's snapshot it has nothing to say.
  const mine = checks.filter((c) => c.meta.provider === snapshot.provider).sort((a, b) => a.meta.id.localeCompare(b.meta.id));
  for (const check of mine) {
    let findings: Finding[];
    try {
      findings = check.evaluate(ctx);
    } catch (err) {
      findings = [crashed(check, ctx, err)];
    }
    // Provenance depends only on the check and the region, so a check with 10,000 findings
    // computes it once per region, not once per finding (evaluation over 100k resources).
    const provenance = new Map<string, { sources: EvidenceSource[]; collectedAt: string }>();
    // Findings are ordered first and each item is made as it is yielded: items then live only
    // until the consumer has written them, instead of a whole check's worth surviving into the
    // old generation (the collector's major work over a million resources).
    // The order is `byItemOrder` over the redacted items (the check id is this one for all).
    const order = findings.map((f) => ({ f, id: redactIdentifier(f.resource.id) }));
    const same = (x: string, y: string): number => (x === y ? 0 : collate(x, y));
    order.sort(
      (a, b) =>
        same(a.f.resource.provider, b.f.resource.provider) ||
        same(a.f.resource.account, b.f.resource.account) ||
        same(a.f.resource.region, b.f.resource.region) ||
        same(a.id, b.id),
    );
    for (const { f } of order) {
      let prov = provenance.get(f.resource.region);
      if (!prov) {
        const sources = sourcesFor(check, view, f.resource.region);
        prov = {
          sources,
          collectedAt:
            sources
              .map((s) => s.collectedAt)
              .sort()
              .at(-1) ?? snapshot.finishedAt,
        };
        provenance.set(f.resource.region, prov);
      }
      const { sources, collectedAt } = prov;
      // The one place items are made, so the one place they lose secrets (messages, names, facts).
      yield redactItem({
        id: evidenceId(check.meta.id, f.resource.account, f.resource.region, f.resource.id),
        checkId: check.meta.id,
        title: check.meta.title,
        status: f.status,
        severity: check.meta.severity,
        resource: f.resource,
        controls: controls.get(check.meta.id) ?? {},
        messageId: f.messageId,
        message: f.message,
        observed: f.observed,
        ...(f.error ? { error: f.error } : {}),
        sources,
        collectedAt,
      });
    }
  }
}

/** Every item of one snapshot, in order (tests and small callers). */
export function evaluate(
  snapshot: Snapshot,
  checks: readonly Check[],
  params: CheckParams,
  controls: Map<string, Partial<Record<FrameworkKey, string[]>>>,
  serviceParams: Readonly<Record<string, unknown>> = {},
): EvidenceItem[] {
  return [...evaluateStream(snapshot, checks, params, controls, serviceParams)];
}

/** Evaluate every snapshot with the checks of its provider, snapshots in `bySnapshotOrder`. */
export function evaluateAll(
  snapshots: readonly Snapshot[],
  checks: readonly Check[],
  params: CheckParams,
  controls: Map<string, Partial<Record<FrameworkKey, string[]>>>,
  serviceParams: Readonly<Record<string, unknown>> = {},
): ItemList {
  return itemsOf([...snapshots].sort(bySnapshotOrder).flatMap((s) => evaluate(s, checks, params, controls, serviceParams)));
}
