/**
 * `annexa scan aws --org`: list the organisation's accounts, assume a role in each, and scan
 * them in parallel under one bound, all sharing the run's API pools and rate buckets.
 *
 * An account whose role cannot be assumed does not stop the run. It still gets a snapshot:
 * every inventory entry the selected checks need is the AssumeRole failure, so each check
 * reports one `error` item for the account through the ordinary evaluate path (readGlobal /
 * readRegional turn a failed entry into an error finding). That keeps the control summary
 * honest (each control the account's checks map to shows the gap), errorsByApi groups the
 * items under one sts:AssumeRole line, and nothing in the engine knows about organisations.
 */
import { doesIdentityRequireRefresh, isIdentityExpired, memoizeIdentityProvider } from '@smithy/core';
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import pLimit from 'p-limit';
import { requiredKeys } from '../../engine/plan.js';
import { InputError } from '../../errors.js';
import { ApiStats } from '../../inventory/api-stats.js';
import { api, type Collector } from '../../inventory/collector.js';
import type { Check } from '../../model/check.js';
import { describeFetchError, type FetchError, failed } from '../../model/fetched.js';
import { GLOBAL } from '../../model/keys.js';
import { type InventoryEntry, SNAPSHOT_SCHEMA, type Snapshot } from '../../model/snapshot.js';
import { AwsClients, requestHandlerConfig } from './clients.js';
import { AWS_COLLECTORS } from './collectors.js';
import { classify } from './errors.js';
import { type AccountFilter, listOrgAccounts, type OrgAccount } from './org-accounts.js';
import {
  type AwsScanOptions,
  defaultHomeRegion,
  type ScanProgress,
  type SharedScheduling,
  scanAccount,
  sharedScheduling,
  whoAmI,
} from './scan.js';

/**
 * The role created in every account made through Organizations, with admin rights. A
 * read-only role (SecurityAudit plus `annexa iam-policy`) trusted by the scanning account is
 * the better choice; pass its name with `--role-name`.
 */
export const DEFAULT_ROLE_NAME = 'OrganizationAccountAccessRole';
export const SESSION_NAME = 'annexa';
export const DEFAULT_ACCOUNT_CONCURRENCY = 4;
const ASSUME_ROLE = api('sts:AssumeRole');

export interface OrgScanOptions extends AwsScanOptions, AccountFilter {
  roleName?: string;
  externalId?: string;
  /** Accounts scanned at once. */
  accountConcurrency?: number;
  /** Session length asked of STS, in seconds (default 3600). The SDK refreshes before it ends. */
  sessionSeconds?: number;
  /** Told when an account starts and finishes. */
  onAccount?: (event: { account: string; state: 'started' | 'done' | 'unreachable'; done: number; total: number }) => void;
}

export function roleArn(account: OrgAccount, roleName: string): string {
  return `arn:${account.partition}:iam::${account.id}:role/${roleName}`;
}

/**
 * Credentials for one member account: STS AssumeRole through the SDK's own provider, wrapped
 * once in the SDK's own memoiser so every client of the account shares one session, and
 * the SDK refreshes it when it comes within five minutes of expiry on a long scan.
 */
export async function assumedRoleCredentials(
  arn: string,
  opts: OrgScanOptions,
  homeRegion: string,
): Promise<AwsCredentialIdentityProvider> {
  const { fromTemporaryCredentials } = await import('@aws-sdk/credential-providers');
  const provider = fromTemporaryCredentials({
    params: {
      RoleArn: arn,
      RoleSessionName: SESSION_NAME,
      DurationSeconds: opts.sessionSeconds ?? 3600,
      ...(opts.externalId ? { ExternalId: opts.externalId } : {}),
    },
    ...(opts.credentials ? { masterCredentials: opts.credentials } : {}),
    clientConfig: {
      region: homeRegion,
      ...(opts.profile ? { profile: opts.profile } : {}),
      ...(opts.endpoint ? { endpoint: opts.endpoint } : {}),
      requestHandler: requestHandlerConfig(opts.timeouts),
    },
  });
  const shared = memoizeIdentityProvider(provider, isIdentityExpired, doesIdentityRequireRefresh)!;
  // Tells each SDK client the provider already refreshes itself, so it is not wrapped again.
  return Object.assign(shared, { memoized: true });
}

/**
 * The snapshot of an account that could not be entered: each key the checks need holds the
 * AssumeRole error. Only the home region is listed, so each check yields one item, not one
 * per region; regions cannot be discovered without getting in.
 */
export function unreachableSnapshot(
  checks: readonly Check[],
  account: OrgAccount,
  homeRegion: string,
  error: FetchError,
  startedAt: string,
  collectors: readonly Collector<unknown, never>[] = AWS_COLLECTORS as readonly Collector<unknown, never>[],
): Snapshot {
  const now = new Date().toISOString();
  const byKey = new Map(collectors.map((c) => [c.key.id, c]));
  const inventory: Record<string, Record<string, InventoryEntry>> = {};
  for (const key of requiredKeys(checks, 'aws', byKey)) {
    const scope = key.scope === 'global' ? GLOBAL : homeRegion;
    inventory[key.id] = { [scope]: { result: failed(error), collectedAt: now, apis: [ASSUME_ROLE.api] } };
  }
  return {
    schema: SNAPSHOT_SCHEMA,
    provider: 'aws',
    account: { id: account.id, partition: account.partition, ...(account.name ? { alias: account.name } : {}) },
    homeRegion,
    regions: [homeRegion],
    startedAt,
    finishedAt: now,
    inventory,
    apiCalls: {},
    notes: [`Could not enter the account (${describeFetchError(error)}): ${error.message}. Every check reports error for it.`],
  };
}

interface MemberResult {
  snapshot: Snapshot;
  entered: boolean;
}

type MemberProgress = (account: string, p: ScanProgress) => void;

/** What every member scan of one organisation run shares. */
interface OrgRun {
  checks: readonly Check[];
  opts: OrgScanOptions;
  homeRegion: string;
  shared: SharedScheduling;
  report: MemberProgress | undefined;
  /** The account the caller's own credentials belong to, and the stats of calls already made as it. */
  self: string;
  ownStats: ApiStats;
}

async function scanMember(run: OrgRun, member: OrgAccount): Promise<MemberResult> {
  const { checks, opts, homeRegion, shared, report } = run;
  const startedAt = new Date().toISOString();
  const { profile: _profile, progress: _progress, ...rest } = opts;
  const memberProgress = report ? { progress: (p: ScanProgress) => report(member.id, p) } : {};
  const account = { id: member.id, partition: member.partition, ...(member.name ? { alias: member.name } : {}) };
  if (member.id === run.self) {
    // The scanning account itself (usually the management account) is read with the caller's
    // own credentials: the member-account role normally does not exist there.
    const own: AwsScanOptions = { ...opts, ...memberProgress, shared };
    // Its figures include the Organizations listing and the identity check made with the same credentials.
    const stats = run.ownStats;
    const clients = new AwsClients(own, stats, shared.pools, shared.rate, member.id);
    return { snapshot: await scanAccount(checks, own, { account, homeRegion, startedAt, stats, clients }), entered: true };
  }
  const arn = roleArn(member, opts.roleName ?? DEFAULT_ROLE_NAME);
  const credentials = await assumedRoleCredentials(arn, opts, homeRegion);
  try {
    await credentials();
  } catch (err) {
    const e = classify(err, ASSUME_ROLE);
    const error = { ...e, api: ASSUME_ROLE.api, action: ASSUME_ROLE.api, message: `${arn}: ${e.message}` };
    return { snapshot: unreachableSnapshot(checks, member, homeRegion, error, startedAt, opts.collectors), entered: false };
  }
  const memberOpts: AwsScanOptions = { ...rest, credentials, shared, ...memberProgress };
  const stats = new ApiStats();
  const clients = new AwsClients(memberOpts, stats, shared.pools, shared.rate, member.id);
  return { snapshot: await scanAccount(checks, memberOpts, { account, homeRegion, startedAt, stats, clients }), entered: true };
}

/** Scan every selected account of the organisation; one snapshot per account, sorted by id. */
export async function collectAwsOrg(checks: readonly Check[], opts: OrgScanOptions = {}): Promise<Snapshot[]> {
  const homeRegion = opts.homeRegion ?? (await defaultHomeRegion(opts.profile));
  const shared = opts.shared ?? sharedScheduling(opts);
  const ownStats = new ApiStats();
  const management = new AwsClients(opts, ownStats, shared.pools, shared.rate, 'management');
  // Fails early, as a one-line input error, when the caller's credentials are unusable.
  const self = (await whoAmI(management, homeRegion)).id;
  let listing: Awaited<ReturnType<typeof listOrgAccounts>>;
  try {
    listing = await listOrgAccounts(await management.get('organizations', homeRegion), opts);
  } catch (err) {
    const e = classify(err, api('organizations:ListAccounts'));
    throw new InputError(
      '--org',
      `could not list the organisation's accounts: ${describeFetchError(e)}. Run from the management account or a delegated administrator.`,
    );
  }
  if (listing.accounts.length === 0) throw new InputError('--org', 'no active account matches the filters');

  const limit = pLimit(opts.accountConcurrency ?? DEFAULT_ACCOUNT_CONCURRENCY);
  // One progress line for the whole run: each account's latest figures, summed.
  const latest = new Map<string, ScanProgress>();
  const report: MemberProgress | undefined =
    opts.progress &&
    ((account, p) => {
      latest.set(account, p);
      const sum: ScanProgress = { regions: 0, servicesDone: 0, servicesTotal: 0, keysDone: 0, keysTotal: 0, calls: 0, throttles: 0 };
      for (const x of latest.values()) for (const k of Object.keys(sum) as (keyof ScanProgress)[]) sum[k] += x[k];
      opts.progress!(sum);
    });
  const run: OrgRun = { checks, opts, homeRegion, shared, report, self, ownStats };
  const total = listing.accounts.length;
  let done = 0;
  const snapshots = await Promise.all(
    listing.accounts.map((member) =>
      limit(async () => {
        opts.onAccount?.({ account: member.id, state: 'started', done, total });
        const { snapshot, entered } = await scanMember(run, member);
        done++;
        opts.onAccount?.({ account: member.id, state: entered ? 'done' : 'unreachable', done, total });
        return snapshot;
      }),
    ),
  );
  const first = snapshots[0]!;
  if (listing.missing.length)
    first.notes.push(
      `--accounts named ${listing.missing.join(', ')}, which ${listing.missing.length === 1 ? 'is' : 'are'} not an active member of the chosen organisation units; not scanned.`,
    );
  if (listing.inactive.length)
    first.notes.push(`Skipped ${listing.inactive.length} suspended or closing account(s): ${listing.inactive.join(', ')}.`);
  return snapshots.sort((a, b) => a.account.id.localeCompare(b.account.id));
}
