/** The result document (`annexa.result/v2`) and the reports inside it: what every output reads. */

import type { EvidenceItem } from './evidence.js';
import type { FetchErrorKind } from './fetched.js';
import type { FrameworkKey } from './framework.js';
import type { Items } from './items.js';
import type { CheckParams } from './params.js';
import type { ApiCallStats, Snapshot } from './snapshot.js';
import type { Severity, Status } from './status.js';

/** How far a control's evidence is automated. */
export type Coverage = 'automated' | 'partial' | 'manual';

/**
 * Splits a scan into work units (account × region, plus one "global" unit per account for
 * account-wide services such as IAM and S3) so that N independent processes cover each unit
 * exactly once. A unit's owner depends only on the unit itself (a hash), so every shard
 * agrees without seeing the others' account or region lists.
 */
export interface Shard {
  /** 1-based, as printed: shard `index` of `total`. */
  index: number;
  total: number;
}

/** How this run's failing items compare with the baseline; stored as `baseline` in the result. */
export interface BaselineReport {
  file: string;
  /** When the baseline run was evaluated. */
  evaluatedAt: string;
  new: number;
  unchanged: number;
  resolved: number;
  /** Failing in the baseline, `error` now: annexa cannot tell whether they are fixed. */
  unverified: number;
  newItems: string[];
  resolvedItems: string[];
}

/** A waiver as reported back: where it is in the file and whom to ask. */
export interface WaiverRef {
  /** 0-based position in the file's `waivers` list. */
  index: number;
  check: string;
  resource: string;
  owner: string;
  expires: string;
  ticket?: string;
}

export interface ExpiredWaiver extends WaiverRef {
  /** Failing items it would still cover if it had not expired. */
  items: number;
}

/** What the waiver file did in this run; stored as `run.waivers` in the result. */
export interface WaiverReport {
  file: string;
  /** Failing items marked as waived. */
  applied: number;
  expired: ExpiredWaiver[];
  /** Unexpired waivers that cover no failing item, nor any item this run could not evaluate: candidates for removal. */
  unused: WaiverRef[];
}

export const RESULT_SCHEMA = 'annexa.result/v2';
export const DEFAULT_FRAMEWORK: FrameworkKey = 'iso27001:2022';

export interface ControlSummary {
  framework: FrameworkKey;
  id: string;
  theme?: string;
  title: string;
  coverage: Coverage;
  checks: string[];
  pass: number;
  fail: number;
  error: number;
  not_applicable: number;
}

export interface ApiErrorSummary {
  api: string;
  action: string;
  kind: FetchErrorKind;
  /** The service's message for the first occurrence (it tells an SCP deny from a missing grant). */
  message: string;
  items: number;
  /** Accounts (or subscriptions) where it happened. */
  accounts: string[];
  /** Regions where it happened. */
  scopes: string[];
}

/** What was collected from one account or subscription. */
export interface AccountRun {
  provider: Snapshot['provider'];
  account: string;
  partition: string;
  alias?: string;
  homeRegion: string;
  regions: string[];
  startedAt: string;
  finishedAt: string;
  apiCalls: Record<string, ApiCallStats>;
  apiCallTotal: number;
  notes: string[];
  items: number;
  errors: number;
  /** False when any item of this account ended in error. */
  complete: boolean;
}

export interface RunMetadata {
  tool: { name: 'annexa'; version: string };
  mappingVersion: string;
  source: 'live' | 'snapshot';
  /** Earliest start and latest finish over all accounts. */
  startedAt: string;
  finishedAt: string;
  evaluatedAt: string;
  checks: string[];
  params: CheckParams;
  accounts: AccountRun[];
  apiCallTotal: number;
  errorsByApi: ApiErrorSummary[];
  /** Notes from every account, prefixed with the account when there are several. */
  notes: string[];
  /** False when any item ended in error: the scan could not see everything. */
  complete: boolean;
  /** Present when a waiver file was given. */
  waivers?: WaiverReport;
  /** Which shard of a sharded scan this is (`--shard K/N`); absent for whole and merged runs. */
  shard?: Shard;
}

/** A result as its JSON file holds it: the items as an array. */
export type ResultFile = Omit<ResultDocument, 'items'> & { items: EvidenceItem[] };

export interface ResultDocument {
  schema: typeof RESULT_SCHEMA;
  run: RunMetadata;
  summary: {
    items: number;
    byStatus: Record<Status, number>;
    failingBySeverity: Record<Severity, number>;
    coverage: Record<Coverage, number>;
  };
  /** Every control of every selected framework (`scan --framework`), grouped by framework. */
  controls: ControlSummary[];
  /** In memory for ordinary runs, spooled to disk for very large ones: iterate, never index. */
  items: Items;
  /** Present when `--baseline` was given: failing items compared with the previous result. */
  baseline?: BaselineReport;
}
