import { byItemOrder } from '../engine/evaluate.js';
import { InputError } from '../errors.js';
import { sumApiStats } from '../inventory/api-stats.js';
import type { MappingSet } from '../mapping/load.js';
import type { EvidenceItem } from '../model/evidence.js';
import { itemsOf } from '../model/items.js';
import { type AccountRun, assembleResult, type ResultDocument } from './result.js';

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

type Input = { file: string; doc: ResultDocument };

/** The first top-level parameter whose value differs, for an error that says what to align. */
function differingParam(a: ResultDocument, b: ResultDocument): string | undefined {
  const pa = a.run.params as unknown as Record<string, unknown>;
  const pb = b.run.params as unknown as Record<string, unknown>;
  return [...new Set([...Object.keys(pa), ...Object.keys(pb)])].sort().find((k) => JSON.stringify(pa[k]) !== JSON.stringify(pb[k]));
}

/**
 * Shards of one scan must come as a whole set: the same N and checks, each index once. A
 * missing shard would otherwise merge into a result that looks complete but is not, and a
 * repeated one would count its API calls twice.
 */
function checkShardSet(docs: readonly Input[]): void {
  const sharded = docs.filter((d) => d.doc.run.shard);
  const first = sharded[0];
  if (!first) return;
  const total = first.doc.run.shard!.total;
  const seen = new Map<number, string>();
  for (const { file, doc } of sharded) {
    const { index, total: n } = doc.run.shard!;
    if (n !== total)
      throw new InputError(file, `run.shard: shard ${index}/${n}, but ${first.file} is one of ${total}; merge the shards of one scan`);
    const dup = seen.get(index);
    if (dup) throw new InputError(file, `run.shard: shard ${index}/${n} is also ${dup}; name each shard's result once`);
    seen.set(index, file);
    const missing = first.doc.run.checks.filter((c) => !doc.run.checks.includes(c));
    const extra = doc.run.checks.filter((c) => !first.doc.run.checks.includes(c));
    if (missing.length || extra.length) {
      const what = [missing.length ? `lacks ${missing.join(', ')}` : '', extra.length ? `adds ${extra.join(', ')}` : '']
        .filter(Boolean)
        .join(' and ');
      throw new InputError(file, `run.checks: ${what} compared with ${first.file}; shards must run the same checks`);
    }
  }
  const absent = Array.from({ length: total }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (absent.length)
    throw new InputError(
      'merge',
      `shard${absent.length > 1 ? 's' : ''} ${absent.join(', ')} of ${total} missing; a merge of part of the shards would look complete without being so`,
    );
}

/**
 * Combine results of shards (or of separate scans) into one document. Counts, controls and
 * completeness are recomputed from the items, exactly as for a single run.
 */
export function mergeResults(docs: readonly Input[], mappings: MappingSet): ResultDocument {
  const first = docs[0];
  if (!first) throw new InputError('merge', 'name at least one result file');
  const named = new Set<string>();
  for (const { file } of docs) {
    if (named.has(file)) throw new InputError(file, 'named twice; each result merges once (its API calls would count twice)');
    named.add(file);
  }
  checkShardSet(docs);
  const accounts = new Map<string, AccountRun>();
  const items = new Map<string, EvidenceItem>();
  const checks = new Set<string>();
  for (const { file, doc } of docs) {
    if (doc.run.mappingVersion !== first.doc.run.mappingVersion) {
      throw new InputError(
        file,
        `run.mappingVersion: ${doc.run.mappingVersion} differs from ${first.file} (${first.doc.run.mappingVersion}); merge results made with the same annexa`,
      );
    }
    const param = differingParam(doc, first.doc);
    if (param) {
      throw new InputError(
        file,
        `run.params.${param}: ${JSON.stringify((doc.run.params as unknown as Record<string, unknown>)[param]) ?? 'absent'} differs from ${first.file} (${JSON.stringify((first.doc.run.params as unknown as Record<string, unknown>)[param]) ?? 'absent'}); merged results must share one config`,
      );
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
  const evaluatedAt = docs
    .map((d) => d.doc.run.evaluatedAt)
    .sort()
    .at(-1)!;
  return assembleResult({
    accounts: [...accounts.values()],
    items: itemsOf([...items.values()].sort(byItemOrder)),
    mappings,
    checkIds: [...checks].sort(),
    params: first.doc.run.params,
    source: docs.every((d) => d.doc.run.source === 'snapshot') ? 'snapshot' : 'live',
    evaluatedAt,
    // Keep every framework the inputs summarised, in the order they first appear.
    frameworks: [...new Set(docs.flatMap((d) => d.doc.controls.map((c) => c.framework)))],
  });
}
