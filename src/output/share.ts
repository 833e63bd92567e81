/**
 * A result turned into something safe to share with others (a sector ISAC, a supplier, group
 * companies), the information sharing that ISO/IEC 27032 centres on. What leaves is the shape of
 * the findings (which checks fail, how often, how severe, which controls they touch) and never who
 * or what they are about: every account, resource, name, ARN, tag and observed value becomes a
 * keyed pseudonym (HMAC-SHA-256 under a key the organisation keeps), and free text is dropped.
 * The same input maps to the same token under one key, across exports, so recipients can follow a
 * finding over time; only the key holder can re-identify a token, by recomputing it over their own
 * inventory. Check ids, titles, severities, statuses, regions and control ids are annexa's own or
 * public vocabulary and stay readable.
 */
import { createHmac } from 'node:crypto';
import type { EvidenceItem } from '../model/evidence.js';
import type { Severity, Status } from '../model/status.js';
import type { ResultDocument } from './result.js';

export const SHARE_SCHEMA = 'annexa.share/v1';

/** At least 256 bits: pseudonyms are only as strong as the key behind them. */
export const MIN_KEY_BYTES = 32;

export type Pseudonymise = (kind: string, value: string) => string;

/** Tokens are typed (`acct_…`, `res_…`) so a reader knows what was hidden, never what it was. */
export function pseudonymiser(key: Buffer): Pseudonymise {
  return (kind, value) => `${kind}_${createHmac('sha256', key).update(`${kind}\u0000${value}`).digest('hex').slice(0, 24)}`;
}

export interface SharedResource {
  provider: string;
  account: string;
  region: string;
  resource: string;
  /** The facts the check used, each value a pseudonym (numbers and booleans too: an account id is a number). */
  observed: Record<string, string>;
}

export interface SharedFinding {
  checkId: string;
  title: string;
  provider: string;
  service: string;
  severity: Severity;
  counts: Record<Status, number>;
  controls: EvidenceItem['controls'];
  /** Resources that failed or could not be read, pseudonymised; passes are counted, not listed. */
  failing: SharedResource[];
}

export interface ShareDocument {
  schema: typeof SHARE_SCHEMA;
  tool: ResultDocument['run']['tool'];
  mappingVersion: string;
  evaluatedAt: string;
  accounts: { provider: string; account: string; regions: string[]; complete: boolean }[];
  totals: Record<Status, number>;
  bySeverity: Record<string, number>;
  findings: SharedFinding[];
}

function observedTokens(observed: Record<string, unknown>, token: Pseudonymise): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(observed)) {
    // Keys are annexa's own field names (`versioning`, `publicAccess`); values are the estate's.
    if (/^[A-Za-z][A-Za-z0-9_]{0,40}$/.test(k)) out[k] = token('val', JSON.stringify(v) ?? 'undefined');
  }
  return out;
}

const zero = (): Record<Status, number> => ({ pass: 0, fail: 0, error: 0, not_applicable: 0 });

/** The shareable form of a result; pure, so tests can prove what it leaves out. */
export function shareResult(doc: ResultDocument, key: Buffer): ShareDocument {
  const token = pseudonymiser(key);
  const byCheck = new Map<string, SharedFinding>();
  const totals = zero();
  const bySeverity: Record<string, number> = {};
  for (const i of doc.items) {
    totals[i.status]++;
    let f = byCheck.get(i.checkId);
    if (!f) {
      f = {
        checkId: i.checkId,
        title: i.title,
        provider: i.resource.provider,
        service: i.checkId.split('.')[1] ?? 'unknown',
        severity: i.severity,
        counts: zero(),
        controls: i.controls,
        failing: [],
      };
      byCheck.set(i.checkId, f);
    }
    f.counts[i.status]++;
    if (i.status === 'fail') bySeverity[i.severity] = (bySeverity[i.severity] ?? 0) + 1;
    if (i.status === 'fail' || i.status === 'error') {
      f.failing.push({
        provider: i.resource.provider,
        account: token('acct', i.resource.account),
        region: /^[a-z0-9-]{1,32}$/.test(i.resource.region) ? i.resource.region : token('region', i.resource.region),
        resource: token('res', i.resource.id),
        observed: observedTokens(i.observed, token),
      });
    }
  }
  return {
    schema: SHARE_SCHEMA,
    tool: doc.run.tool,
    mappingVersion: doc.run.mappingVersion,
    evaluatedAt: doc.run.evaluatedAt,
    accounts: doc.run.accounts.map((a) => ({
      provider: a.provider,
      account: token('acct', a.account),
      regions: a.regions.filter((r) => /^[a-z0-9-]{1,32}$/.test(r)),
      complete: a.complete,
    })),
    totals,
    bySeverity,
    findings: [...byCheck.values()].sort((a, b) => a.checkId.localeCompare(b.checkId)),
  };
}
