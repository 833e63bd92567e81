import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { evidenceId } from '../engine/evaluate.js';
import { InputError } from '../errors.js';
import type { EvidenceItem } from '../model/evidence.js';
import { bySeverity } from '../model/status.js';
import { fromRoot } from '../paths.js';
import { findProvider } from '../providers/index.js';
import type { AccountRun, ResultDocument } from './result.js';
import { type IacMap, loadIacMap } from './sarif-iac-map.js';
import { fitToLimits, GITHUB_LIMITS, type SarifLimits, truncationWarning } from './sarif-limits.js';
import { resultLocation } from './sarif-location.js';
import { SEVERITY_LEVEL, sarifRule, sentence, serviceOf, summariesByCheck } from './sarif-rules.js';
import type { SarifLog, SarifNotification, SarifResult, SarifRun } from './sarif-types.js';
import { writeOutputFile } from './write-file.js';

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

function notifications(items: readonly EvidenceItem[]): SarifNotification[] {
  const by = new Map<string, { api: string; action: string; kind: string; n: number }>();
  for (const i of items) {
    if (!i.error) continue;
    const k = `${i.error.api}|${i.error.kind}`;
    const e = by.get(k) ?? { api: i.error.api, action: i.error.action, kind: i.error.kind, n: 0 };
    e.n++;
    by.set(k, e);
  }
  return [...by.values()]
    .sort((a, b) => b.n - a.n || a.api.localeCompare(b.api))
    .map((e) => ({
      level: 'warning',
      message: { text: `${e.api} failed (${e.kind}) for ${e.n} item(s); those checks are "error", not pass or fail. Needs ${e.action}.` },
    }));
}

function sarifRun(doc: ResultDocument, account: AccountRun, items: readonly EvidenceItem[], opts: SarifOptions): SarifRun {
  const include = new Set<string>(['fail', ...(opts.include ?? [])]);
  const controls = summariesByCheck(doc.controls);
  const prefix = `${account.provider}.`;
  const fallback = new Map(items.map((i) => [i.checkId, { title: i.title, severity: i.severity }]));
  const ruleIds = [...new Set([...doc.run.checks.filter((id) => id.startsWith(prefix)), ...items.map((i) => i.checkId)])].sort();
  const rules = ruleIds.map((id) => sarifRule(id, controls.get(id) ?? [], fallback.get(id) ?? { title: id, severity: 'info' }));
  const index = new Map(ruleIds.map((id, n) => [id, n]));
  const reported = items.filter((i) => include.has(i.status)).sort(priority);
  const mine = notifications(items);
  return {
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
    results: reported.map((i) => sarifResult(i, index.get(i.checkId)!, opts.iacMap)),
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
}

/** One run per account, so each account is its own code scanning category. */
export function buildSarif(doc: ResultDocument, opts: SarifOptions = {}): SarifLog {
  const byAccount = new Map<string, EvidenceItem[]>();
  for (const i of doc.items) {
    const k = `${i.resource.provider}/${i.resource.account}`;
    const list = byAccount.get(k);
    if (list) list.push(i);
    else byAccount.set(k, [i]);
  }
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: doc.run.accounts.map((a) => sarifRun(doc, a, byAccount.get(`${a.provider}/${a.account}`) ?? [], opts)),
  };
}

/**
 * Write the SARIF file(s). GitHub takes at most 20 runs per upload, so with more accounts the
 * runs continue in `annexa-result-2.sarif`, … Each file needs an upload of its own:
 * upload-sarif joins every file of a directory into one upload, which GitHub then rejects.
 */
export function writeSarif(outDir: string, doc: ResultDocument, opts: SarifOptions = {}): string[] {
  const limits = opts.limits ?? GITHUB_LIMITS;
  const warn = opts.warn ?? ((): void => {});
  const log = buildSarif(doc, opts);
  const files: string[] = [];
  for (let start = 0, n = 1; start < log.runs.length || n === 1; start += limits.maxRunsPerFile, n++) {
    const part: SarifLog = { ...log, runs: log.runs.slice(start, start + limits.maxRunsPerFile) };
    const file = writeOutputFile(outDir, n === 1 ? SARIF_FILE : SARIF_FILE.replace(/\.sarif$/, `-${n}.sarif`), fitToLimits(part, limits));
    files.push(file);
    for (const run of part.runs) {
      const w = truncationWarning(run);
      if (w) warn(w);
    }
  }
  removeStaleParts(outDir, files.length);
  if (files.length > 1) {
    warn(
      `SARIF: ${log.runs.length} accounts need ${files.length} files (GitHub takes ${limits.maxRunsPerFile} runs per upload); upload each file on its own, since upload-sarif joins a directory into one upload`,
    );
  }
  return files;
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
