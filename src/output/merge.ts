import { sumApiStats } from '../inventory/api-stats.js';
import { byItemOrder } from '../engine/evaluate.js';
import { InputError } from '../errors.js';
import type { MappingSet } from '../mapping/load.js';
import type { EvidenceItem } from '../model/evidence.js';
import { assembleResult, type AccountRun, type ResultDocument } from './result.js';

function mergeAccount(a: AccountRun, b: AccountRun): AccountRun {
  const apiCalls = sumApiStats(a.apiCalls, b.apiCalls);
  return {
    ...a,
    regions: [...new Set([...a.regions, ...b.regions])].sort(),
    startedAt: a.startedAt < b.startedAt ? a.startedAt : b.startedAt,
    finishedAt: a.finishedAt > b.finishedAt ? a.finishedAt : b.finishedAt,
    apiCalls,
    apiCallTotal: a.apiCallTotal + b.apiCallTotal,
    notes: [...new Set([...a.notes, ...b.notes])],
  };
}

/**
 * Combine results of shards (or of separate scans) into one document. Counts, controls and
 * completeness are recomputed from the items, exactly as for a single run.
 */
export function mergeResults(docs: readonly { file: string; doc: ResultDocument }[], mappings: MappingSet): ResultDocument {
  const first = docs[0];
  if (!first) throw new InputError('merge', 'name at least one result file');
  const accounts = new Map<string, AccountRun>();
  const items = new Map<string, EvidenceItem>();
  const checks = new Set<string>();
  for (const { file, doc } of docs) {
    if (doc.run.mappingVersion !== first.doc.run.mappingVersion) {
      throw new InputError(file, `run.mappingVersion: ${doc.run.mappingVersion} differs from ${first.file} (${first.doc.run.mappingVersion}); merge results made with the same annexa`);
    }
    if (JSON.stringify(doc.run.params) !== JSON.stringify(first.doc.run.params)) {
      throw new InputError(file, `run.params: differ from ${first.file}; shards must share one config`);
    }
    for (const c of doc.run.checks) checks.add(c);
    for (const a of doc.run.accounts) {
      const k = `${a.provider}/${a.account}`;
      const prev = accounts.get(k);
      accounts.set(k, prev ? mergeAccount(prev, a) : a);
    }
    // The same id in two inputs is the same evidence (a shard overlap); keep the first.
    for (const i of doc.items) if (!items.has(i.id)) items.set(i.id, i);
  }
  const evaluatedAt = docs.map((d) => d.doc.run.evaluatedAt).sort().at(-1)!;
  return assembleResult({
    accounts: [...accounts.values()],
    items: [...items.values()].sort(byItemOrder),
    mappings,
    checkIds: [...checks].sort(),
    params: first.doc.run.params,
    source: docs.every((d) => d.doc.run.source === 'snapshot') ? 'snapshot' : 'live',
    evaluatedAt,
    // Keep every framework the inputs summarised, in the order they first appear.
    frameworks: [...new Set(docs.flatMap((d) => d.doc.controls.map((c) => c.framework)))],
  });
}
