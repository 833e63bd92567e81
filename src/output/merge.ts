import { byItemOrder } from '../engine/evaluate.js';
import { redactItem, redactText } from '../engine/redact.js';
import { ItemSpool, SPOOL_IN_MEMORY } from '../engine/spool.js';
import { InputError } from '../errors.js';
import { sumApiStats } from '../inventory/api-stats.js';
import type { MappingSet } from '../mapping/load.js';
import type { EvidenceItem } from '../model/evidence.js';
import { type Items, itemsOf } from '../model/items.js';
import { ItemTally } from '../model/tally.js';
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
 * The inputs' items as one stream in `byItemOrder`, each input read once: every result annexa
 * writes is in that order, so a k-way merge holds one item per input. The same evidence id in
 * two inputs is one piece of evidence (a shard overlap): the first input's copy is kept.
 * Returns undefined when an input is out of order (results from before items were ordered by
 * account), and the caller sorts in memory instead.
 */
function mergeSorted(inputs: readonly Items[], spool: ItemSpool, tally: ItemTally): boolean {
  const its = inputs.map((i) => i[Symbol.iterator]());
  const heads = its.map((it) => it.next());
  let last: EvidenceItem | undefined;
  for (;;) {
    let k = -1;
    // Linear scan: a merge has a handful of inputs (shards, accounts), not thousands.
    for (let j = 0; j < heads.length; j++) {
      const h = heads[j]!;
      if (h.done) continue;
      if (k === -1 || byItemOrder(h.value, (heads[k] as IteratorYieldResult<EvidenceItem>).value) < 0) k = j;
    }
    if (k === -1) return true;
    const item = (heads[k] as IteratorYieldResult<EvidenceItem>).value;
    const next = its[k]!.next();
    if (!next.done && byItemOrder(next.value, item) < 0) return false;
    heads[k] = next;
    if (last && last.id === item.id) continue;
    if (last && byItemOrder(item, last) < 0) return false;
    last = item;
    // Results from older annexa versions (or edited by hand) were not redacted as strictly as now:
    // nothing leaves a merge without passing today's rules.
    const clean = redactItem(item);
    spool.add(clean);
    tally.add(clean);
  }
}

/**
 * Inputs in another order (results from before items were ordered by account, or items whose
 * account is not their snapshot's): an external sort. Items are sorted `runSize` at a time, each
 * full run spooled to disk, and the runs k-way merged; memory holds one run, never all items.
 * Runs keep the inputs' order and the merge prefers the earlier run on ties, so the first
 * input's copy of a duplicated evidence id is kept, as in the sorted merge.
 */
function mergeUnsorted(inputs: readonly Items[], spool: ItemSpool, tally: ItemTally, runSize: number): void {
  const spools: ItemSpool[] = [];
  const runs: Items[] = [];
  let run: EvidenceItem[] = [];
  try {
    for (const items of inputs)
      for (const i of items) {
        run.push(i);
        if (run.length < runSize) continue;
        const s = new ItemSpool(0);
        for (const x of run.sort(byItemOrder)) s.add(x);
        spools.push(s);
        runs.push(s.done());
        run = [];
      }
    if (run.length) runs.push(itemsOf(run.sort(byItemOrder)));
    if (!mergeSorted(runs, spool, tally)) throw new Error('sorted runs merged out of order; this is a bug in annexa');
  } finally {
    for (const s of spools) s.discard();
  }
}

/** Two inputs with the same run (the same file copied, or named under two paths) would count its API calls twice. */
function refuseSameRun(docs: readonly Input[]): void {
  const seen = new Map<string, string>();
  for (const { file, doc } of docs) {
    const key = JSON.stringify(doc.run);
    const first = seen.get(key);
    if (first)
      throw new InputError(
        file,
        `holds the same run as ${first} (same accounts, times and API calls); merge each result once, or its API calls count twice`,
      );
    seen.set(key, file);
  }
}

/**
 * Combine results of shards (or of separate scans) into one document. Counts, controls and
 * completeness are recomputed from the items, exactly as for a single run. Items stream from the
 * inputs into a spool, so merging ten results of 100,000 resources holds no more than one does.
 */
export function mergeResults(
  docs: readonly Input[],
  mappings: MappingSet,
  inMemory?: number,
  /** Items sorted at a time when inputs are out of order. */
  runSize: number = SPOOL_IN_MEMORY,
): ResultDocument {
  const first = docs[0];
  if (!first) throw new InputError('merge', 'name at least one result file');
  const named = new Set<string>();
  for (const { file } of docs) {
    if (named.has(file)) throw new InputError(file, 'named twice; each result merges once (its API calls would count twice)');
    named.add(file);
  }
  checkShardSet(docs);
  refuseSameRun(docs);
  const accounts = new Map<string, AccountRun>();
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
      const clean: AccountRun = { ...a, notes: a.notes.map(redactText), ...(a.alias !== undefined ? { alias: redactText(a.alias) } : {}) };
      accounts.set(k, prev ? mergeAccount(prev, clean) : clean);
    }
  }
  const inputs = docs.map((d) => d.doc.items);
  let spool = new ItemSpool(inMemory);
  let tally = new ItemTally();
  try {
    if (!mergeSorted(inputs, spool, tally)) {
      spool.discard();
      spool = new ItemSpool(inMemory);
      tally = new ItemTally();
      mergeUnsorted(inputs, spool, tally, Math.max(1, runSize));
    }
  } catch (err) {
    // A bad item in a streamed input: the partial spool is of no use to anyone.
    spool.discard();
    throw err;
  }
  const evaluatedAt = docs
    .map((d) => d.doc.run.evaluatedAt)
    .sort()
    .at(-1)!;
  return assembleResult({
    accounts: [...accounts.values()],
    items: spool.done(),
    tally,
    mappings,
    checkIds: [...checks].sort(),
    params: first.doc.run.params,
    source: docs.every((d) => d.doc.run.source === 'snapshot') ? 'snapshot' : 'live',
    evaluatedAt,
    // Keep every framework the inputs summarised, in the order they first appear.
    frameworks: [...new Set(docs.flatMap((d) => d.doc.controls.map((c) => c.framework)))],
  });
}
