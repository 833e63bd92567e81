import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { gunzipSync } from 'node:zlib';
import { evidenceId } from '../engine/evaluate.js';
import { InputError } from '../errors.js';
import { turn, turnDue } from '../loop-turn.js';
import type { EvidenceItem } from '../model/evidence.js';
import { type Items, topItems } from '../model/items.js';
import { bySeverity, SEVERITIES, type Severity } from '../model/status.js';
import { fromRoot } from '../paths.js';
import { findProvider } from '../providers/index.js';
import { writeFileAtomicStreamAsync } from '../safe-fs.js';
import { type AccountItems, accountsInOneReading, eachAccountOnePass, ItemsOutOfOrder } from './account-items.js';
import type { ResultDocument } from './result.js';
import { type IacMap, loadIacMap } from './sarif-iac-map.js';
import {
  fitPieces,
  GITHUB_LIMITS,
  packRun,
  type RunPiece,
  recordCut,
  type SarifLimits,
  sarifFrame,
  tooManyResults,
  truncationWarning,
} from './sarif-limits.js';
import { resultLocation } from './sarif-location.js';
import { knownCheck, SEVERITY_LEVEL, sarifRule, sentence, serviceOf, summariesByCheck } from './sarif-rules.js';
import type { SarifLog, SarifNotification, SarifResult, SarifRun } from './sarif-types.js';

export const SARIF_FILE = 'annexa-result.sarif';
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** `homepage` from package.json when the project sets one; until then the package's npm page. */
export const INFORMATION_URI =
  (JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as { homepage?: string }).homepage ?? 'https://www.npmjs.com/package/annexa';
/** The partialFingerprints key; bump the version only if the hash input ever changes. */
export const FINGERPRINT_KEY = 'annexaResource/v1';

/** Statuses `--sarif-include` can add to the failing items. */
export const SARIF_EXTRAS = ['error'] as const;
export type SarifExtra = (typeof SARIF_EXTRAS)[number];

export interface SarifOptions {
  include?: readonly SarifExtra[];
  /** `--sarif-category`: replaces `annexa` at the start of every run's category; never one category for several runs. */
  category?: string;
  iacMap?: IacMap;
  limits?: SarifLimits;
  warn?: (line: string) => void;
}

export function sarifIncludeOption(value: string | undefined): SarifExtra[] {
  const out = (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const v of out) {
    if (!(SARIF_EXTRAS as readonly string[]).includes(v))
      throw new InputError('--sarif-include', `"${v}" is not supported (only: ${SARIF_EXTRAS.join(', ')})`);
  }
  return out as SarifExtra[];
}

/**
 * The code scanning category root. Each run still gets `<root>/<provider>/<account>/`: the
 * upload action's own `category` input only fills runs that have none, and one category on
 * several runs would make GitHub keep only one account's alerts.
 */
export function sarifCategoryOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const root = value.trim().replace(/\/+$/, '');
  if (!root) throw new InputError('--sarif-category', 'must not be empty');
  return root;
}

/**
 * Stable across runs: the same check on the same resource gets the same fingerprint, so GitHub
 * closes fixed alerts. Azure resource ids are case-insensitive and ARM does not always return
 * them in the same case (`resourceGroups/RG-App` one day, `resourcegroups/rg-app` the next), so
 * they are compared lower-cased; AWS ids are used as they are.
 */
export function fingerprint(item: EvidenceItem): string {
  const r = item.resource;
  const canonical = findProvider(r.provider)?.canonicalId ?? ((s: string): string => s);
  return evidenceId(item.checkId, canonical(r.account), canonical(r.region), canonical(r.id));
}

function messageText(item: EvidenceItem): string {
  const r = item.resource;
  // GitHub lists alerts by message; a message that does not name the resource is ambiguous there.
  const named = item.message.includes(r.name) ? item.message : `${r.name}: ${item.message}`;
  return sentence(named);
}

function sarifResult(item: EvidenceItem, ruleIndex: number, iacMap: IacMap | undefined): SarifResult {
  const w = item.waiver;
  return {
    ruleId: item.checkId,
    ruleIndex,
    level: item.status === 'error' ? 'note' : SEVERITY_LEVEL[item.severity],
    message: { text: messageText(item) },
    locations: [resultLocation(item.resource, serviceOf(item.checkId), iacMap)],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(item) },
    ...(w
      ? {
          suppressions: [
            {
              kind: 'external' as const,
              status: 'accepted' as const,
              justification: w.reason,
              properties: {
                owner: w.owner,
                expires: w.expires,
                check: w.check,
                resource: w.resource,
                ...(w.ticket ? { ticket: w.ticket } : {}),
              },
            },
          ],
        }
      : {}),
    properties: {
      status: item.status,
      severity: item.severity,
      evidenceId: item.id,
      region: item.resource.region,
      resourceType: item.resource.type,
      messageId: item.messageId,
      collectedAt: item.collectedAt,
      ...(item.error ? { api: item.error.api, action: item.error.action, errorKind: item.error.kind } : {}),
    },
  };
}

/** Most severe first; failures before unreadable items; then a fixed order so output is deterministic. */
function priority(a: EvidenceItem, b: EvidenceItem): number {
  return (
    Number(a.status === 'error') - Number(b.status === 'error') ||
    bySeverity(a.severity, b.severity) ||
    a.checkId.localeCompare(b.checkId) ||
    a.resource.region.localeCompare(b.resource.region) ||
    a.resource.id.localeCompare(b.resource.id)
  );
}

/** Per account: the rules' fallback titles, the read errors, and the reported items by status and severity, counted as they pass. */
class AccountTally {
  readonly fallback = new Map<string, { title: string; severity: Severity }>();
  private readonly errors = new Map<string, { api: string; action: string; kind: string; n: number }>();
  private readonly reported = new Map<string, number>();

  constructor(private readonly include: ReadonlySet<string>) {}

  /** Notes the item; true when it becomes a result. */
  add(i: EvidenceItem): boolean {
    this.fallback.set(i.checkId, { title: i.title, severity: i.severity });
    if (i.error) {
      const k = `${i.error.api}|${i.error.kind}`;
      const e = this.errors.get(k) ?? { api: i.error.api, action: i.error.action, kind: i.error.kind, n: 0 };
      e.n++;
      this.errors.set(k, e);
    }
    if (!this.include.has(i.status)) return false;
    const k = `${i.status === 'error' ? 1 : 0}|${i.severity}`;
    this.reported.set(k, (this.reported.get(k) ?? 0) + 1);
    return true;
  }

  /** What the per-run cap left out, most severe first (the order `priority` drops them in reverse). */
  dropped(kept: readonly EvidenceItem[]): [Severity, number][] {
    const left = new Map(this.reported);
    for (const i of kept) {
      const k = `${i.status === 'error' ? 1 : 0}|${i.severity}`;
      left.set(k, left.get(k)! - 1);
    }
    const out: [Severity, number][] = [];
    for (const group of [0, 1]) {
      for (const s of SEVERITIES) {
        const n = left.get(`${group}|${s}`) ?? 0;
        if (n > 0) out.push([s, n]);
      }
    }
    return out;
  }

  notifications(): SarifNotification[] {
    return [...this.errors.values()]
      .sort((a, b) => b.n - a.n || a.api.localeCompare(b.api))
      .map((e) => ({
        level: 'warning',
        message: { text: `${e.api} failed (${e.kind}) for ${e.n} item(s); those checks are "error", not pass or fail. Needs ${e.action}.` },
      }));
  }
}

/**
 * One account's run from one reading of its items, holding at most `cap` of them: the most
 * severe results, as GitHub keeps at most `maxResultsPerRun` per run anyway.
 */
function sarifRun(
  doc: ResultDocument,
  { account, items }: AccountItems,
  opts: SarifOptions,
  cap: number,
): { run: SarifRun; results: Iterable<SarifResult> } {
  const tally = new AccountTally(new Set<string>(['fail', ...(opts.include ?? [])]));
  const { top: reported, total } = topItems(items, (i) => tally.add(i), cap, priority);
  const controls = summariesByCheck(doc.controls);
  const prefix = `${account.provider}.`;
  const ruleIds = [...new Set([...doc.run.checks.filter((id) => id.startsWith(prefix)), ...tally.fallback.keys()])].sort();
  const rules = ruleIds.map((id) => sarifRule(id, controls.get(id) ?? [], tally.fallback.get(id) ?? { title: id, severity: 'info' }));
  const index = new Map(ruleIds.map((id, n) => [id, n]));
  const mine = tally.notifications();
  const run: SarifRun = {
    tool: {
      driver: {
        name: 'annexa',
        version: doc.run.tool.version,
        semanticVersion: doc.run.tool.version,
        informationUri: INFORMATION_URI,
        rules,
      },
    },
    automationDetails: { id: `${opts.category ?? 'annexa'}/${account.provider}/${account.account}/` },
    invocations: [
      {
        // The tool ran to the end; whether it could see everything is `complete`.
        executionSuccessful: true,
        startTimeUtc: account.startedAt,
        endTimeUtc: account.finishedAt,
        ...(mine.length ? { toolExecutionNotifications: mine } : {}),
        properties: {
          complete: account.complete,
          items: account.items,
          errors: account.errors,
          evaluatedAt: doc.run.evaluatedAt,
          source: doc.run.source,
        },
      },
    ],
    columnKind: 'utf16CodeUnits',
    results: [],
    properties: {
      provider: account.provider,
      account: account.account,
      partition: account.partition,
      ...(account.alias ? { alias: account.alias } : {}),
      regions: account.regions,
      mappingVersion: doc.run.mappingVersion,
      complete: account.complete,
    },
  };
  if (total > reported.length) recordCut(run, tally.dropped(reported), reported.length, tooManyResults(opts.limits ?? GITHUB_LIMITS));
  // Made one at a time as they are written, so a run's results are never all objects at once.
  const results = (function* () {
    for (const i of reported) yield sarifResult(i, index.get(i.checkId)!, opts.iacMap);
  })();
  return { run, results };
}

/** One run per account, so each account is its own code scanning category; every result, uncut (tests read it whole). */
export function buildSarif(doc: ResultDocument, opts: SarifOptions = {}): SarifLog {
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [...eachAccountOnePass(doc)].map((a) => {
      const { run, results } = sarifRun(doc, a, opts, Number.POSITIVE_INFINITY);
      return { ...run, results: [...results] };
    }),
  };
}

/**
 * Runs gathered into files of at most `maxRunsPerFile`, each file's runs fitted to the gzip limit.
 * The event loop may turn after each account's run, so a signal need not wait for every account.
 */
async function* sarifFiles(
  runs: Iterable<{ run: SarifRun; results: Iterable<SarifResult> }>,
  limits: SarifLimits,
): AsyncGenerator<RunPiece[]> {
  const frame = sarifFrame(SARIF_SCHEMA_URI, false);
  let file: RunPiece[] = [];
  for (const { run, results } of runs) {
    file.push(packRun(run, results));
    if (turnDue()) await turn();
    if (file.length === limits.maxRunsPerFile) {
      yield fitPieces(file, limits, frame.head + frame.tail);
      file = [];
    }
  }
  if (file.length) yield fitPieces(file, limits, frame.head + frame.tail);
}

/**
 * Write the SARIF file(s). GitHub takes at most 20 runs per upload, so with more accounts the
 * runs continue in `annexa-result-2.sarif`, … Each file needs an upload of its own:
 * upload-sarif joins every file of a directory into one upload, which GitHub then rejects.
 *
 * Memory holds one account's `maxResultsPerRun` most severe items while its run is made, and the
 * finished runs of one file gzipped; the items are read once when they come account by account
 * (as annexa writes them), else once per account.
 */
export async function writeSarif(outDir: string, whole: ResultDocument, opts: SarifOptions = {}): Promise<string[]> {
  const doc = notableOnly(whole);
  try {
    return await writeSarifFiles(outDir, doc, opts, accountsInOneReading(doc));
  } catch (err) {
    if (!(err instanceof ItemsOutOfOrder)) throw err;
    return await writeSarifFiles(outDir, doc, opts, eachAccountOnePass(doc));
  }
}

/**
 * The result with only its notable items, when the source indexes them and the passes add nothing
 * to the SARIF: results are failures and errors (both notable), and every check among the items
 * is one this build knows, listed in the run under its own provider, so its rule stands without them.
 */
function notableOnly(doc: ResultDocument): ResultDocument {
  const { checks } = doc.items;
  const index = doc.items.notPassing?.bind(doc.items);
  if (!index || !checks) return doc;
  const listed = new Set(doc.run.checks);
  for (const [id, providers] of checks) {
    if (!knownCheck(id) || !listed.has(id)) return doc;
    for (const p of providers) if (!id.startsWith(`${p}.`)) return doc;
  }
  const items: Items = {
    // Counted only if asked: the SARIF writer never asks.
    get count() {
      let n = 0;
      for (const _ of index()) n++;
      return n;
    },
    [Symbol.iterator]: () => index()[Symbol.iterator](),
    *lines() {
      for (const i of index()) yield JSON.stringify(i);
    },
  };
  return { ...doc, items };
}

async function writeSarifFiles(
  outDir: string,
  doc: ResultDocument,
  opts: SarifOptions,
  accounts: Iterable<AccountItems>,
): Promise<string[]> {
  const limits = opts.limits ?? GITHUB_LIMITS;
  const warn = opts.warn ?? ((): void => {});
  const runs = (function* () {
    for (const a of accounts) yield sarifRun(doc, a, opts, limits.maxResultsPerRun);
  })();
  const files: string[] = [];
  const warnings: string[] = [];
  for await (const pieces of sarifFiles(runs, limits)) {
    files.push(await writePart(outDir, files.length + 1, pieces));
    for (const p of pieces) {
      const w = truncationWarning(p);
      if (w) warnings.push(w);
    }
  }
  if (files.length === 0) files.push(await writePart(outDir, 1, []));
  for (const w of warnings) warn(w);
  removeStaleParts(outDir, files.length);
  if (files.length > 1) {
    warn(
      `SARIF: ${doc.run.accounts.length} accounts need ${files.length} files (GitHub takes ${limits.maxRunsPerFile} runs per upload); upload each file on its own, since upload-sarif joins a directory into one upload`,
    );
  }
  return files;
}

/** One file, its runs unpacked one at a time as they are written. */
async function writePart(outDir: string, n: number, pieces: readonly RunPiece[]): Promise<string> {
  const file = join(outDir, n === 1 ? SARIF_FILE : SARIF_FILE.replace(/\.sarif$/, `-${n}.sarif`));
  const frame = sarifFrame(SARIF_SCHEMA_URI, pieces.length === 0);
  await writeFileAtomicStreamAsync(file, async (write) => {
    write(frame.head);
    for (const [k, p] of pieces.entries()) {
      if (k > 0) write(frame.separator);
      // Decoded a slice at a time: a run's text is tens of megabytes, never one string.
      const bytes = gunzipSync(p.gz);
      const decoder = new StringDecoder('utf8');
      for (let at = 0; at < bytes.length; at += 1 << 16) {
        write(decoder.write(bytes.subarray(at, at + (1 << 16))));
        if (turnDue()) await turn();
      }
      write(decoder.end());
    }
    write(frame.tail);
  });
  return file;
}

/** Continuation files a previous, larger scan left in the same directory would otherwise be uploaded again. */
function removeStaleParts(outDir: string, written: number): void {
  for (const name of readdirSync(outDir)) {
    const n = /^annexa-result-(\d+)\.sarif$/.exec(name)?.[1];
    if (n !== undefined && Number(n) > written) rmSync(join(outDir, name), { force: true });
  }
}

/** `--sarif-include`, `--sarif-category` and `--iac-map`, validated while planning so a bad file costs no API calls. */
export function sarifWriterOptions(
  flags: { sarifInclude?: string; sarifCategory?: string; iacMap?: string },
  cwd: string,
): { sarifInclude?: SarifExtra[]; sarifCategory?: string; iacMap?: IacMap } {
  const category = sarifCategoryOption(flags.sarifCategory);
  return {
    ...(flags.sarifInclude ? { sarifInclude: sarifIncludeOption(flags.sarifInclude) } : {}),
    ...(category ? { sarifCategory: category } : {}),
    ...(flags.iacMap ? { iacMap: loadIacMap(resolve(cwd, flags.iacMap), flags.iacMap) } : {}),
  };
}
