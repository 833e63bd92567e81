import { requiredKeys } from '../../engine/plan.js';
import { InputError } from '../../errors.js';
import { ApiStats } from '../../inventory/api-stats.js';
import { api, type Collector } from '../../inventory/collector.js';
import { DEFAULT_POOL_LIMITS, Pools } from '../../inventory/pools.js';
import { InventoryStore } from '../../inventory/store.js';
import type { Check } from '../../model/check.js';
import { describeFetchError } from '../../model/fetched.js';
import { type AnyKey, GLOBAL } from '../../model/keys.js';
import { SNAPSHOT_SCHEMA, type Snapshot } from '../../model/snapshot.js';
import { type AwsClientOptions, AwsClients } from './clients.js';
import { AWS_COLLECTORS } from './collectors.js';
import type { AwsAccount, AwsExtra } from './context.js';
import { classify, errorCode, tagError } from './errors.js';
import { RateLimiter } from './rate.js';
import { bucketsSkippedNote, S3_BUCKETS, type S3Bucket } from './services/s3/state.js';

export interface AwsScanOptions extends AwsClientOptions {
  /** Explicit regions; otherwise the account's enabled regions are discovered. */
  regions?: readonly string[];
  /** Region for global services and discovery. */
  homeRegion?: string;
  /** Global bound on API calls in flight. */
  concurrency?: number;
  collectors?: readonly Collector<unknown, never>[];
  progress?: (p: ScanProgress) => void;
  /** Sharding: which (key, region) units of this account to collect; all when absent. */
  unitFilter?: (account: string, key: AnyKey, region: string) => boolean;
  /** Cap on API requests per second over the whole run (`--max-rps`). */
  maxRps?: number;
  /** Shared scheduling state; an organisation scan passes one set to every account. */
  shared?: SharedScheduling;
}

/** The pools and rate buckets one run shares across all its accounts. */
export interface SharedScheduling {
  pools: Pools;
  rate: RateLimiter;
}

export function sharedScheduling(opts: Pick<AwsScanOptions, 'concurrency' | 'maxRps'>): SharedScheduling {
  return {
    pools: new Pools({ ...DEFAULT_POOL_LIMITS, ...(opts.concurrency ? { global: opts.concurrency } : {}) }),
    rate: new RateLimiter(opts.maxRps ? { maxRps: opts.maxRps } : {}),
  };
}

export interface ScanProgress {
  regions: number;
  servicesDone: number;
  servicesTotal: number;
  keysDone: number;
  keysTotal: number;
  calls: number;
  throttles: number;
}

const CREDENTIAL_ERRORS = new Set([
  'CredentialsProviderError',
  'InvalidClientTokenId',
  'ExpiredToken',
  'ExpiredTokenException',
  'UnrecognizedClientException',
  'SignatureDoesNotMatch',
  'TokenRefreshRequired',
  'InvalidIdentityToken',
]);

/**
 * The region for global services and discovery: AWS_REGION, then AWS_DEFAULT_REGION (which
 * the AWS CLI reads but the SDK does not), then the `region` of the selected profile
 * (`--profile`, else AWS_PROFILE, else `default`), then us-east-1. The profile is read by
 * the SDK's own shared-config loader, the same one that resolves its credentials.
 */
export async function defaultHomeRegion(profile?: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const fromEnv = env.AWS_REGION || env.AWS_DEFAULT_REGION;
  if (fromEnv) return fromEnv;
  const { STSClient } = await import('@aws-sdk/client-sts');
  const client = new STSClient(profile ? { profile } : {});
  try {
    return (await client.config.region()) || 'us-east-1';
  } catch {
    // No region anywhere in the shared config: the SDK's "Region is missing".
    return 'us-east-1';
  } finally {
    client.destroy();
  }
}

export async function whoAmI(clients: AwsClients, region: string): Promise<AwsAccount> {
  const { GetCallerIdentityCommand } = await import('@aws-sdk/client-sts');
  try {
    const sts = await clients.get('sts', region);
    const id = await sts.send(new GetCallerIdentityCommand({}));
    const partition = id.Arn?.split(':')[1] ?? 'aws';
    if (!id.Account) throw new Error('GetCallerIdentity returned no account');
    return { id: id.Account, partition };
  } catch (err) {
    const code = errorCode(err) ?? '';
    const msg = err instanceof Error ? err.message.split('\n')[0] : String(err);
    if (CREDENTIAL_ERRORS.has(code) || /credential/i.test(msg ?? '')) {
      throw new InputError('AWS credentials', `${msg} (set AWS_PROFILE, --profile, or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY)`);
    }
    throw new InputError('AWS credentials', `sts:GetCallerIdentity failed: ${msg}`);
  }
}

async function discoverRegions(clients: AwsClients, home: string, notes: string[]): Promise<string[]> {
  const { DescribeRegionsCommand } = await import('@aws-sdk/client-ec2');
  try {
    const ec2 = await clients.get('ec2', home);
    const out = await ec2.send(new DescribeRegionsCommand({ AllRegions: false }));
    const regions = (out.Regions ?? []).map((r) => r.RegionName).filter((r): r is string => !!r);
    if (regions.length) return regions.sort();
    notes.push('ec2:DescribeRegions returned no regions; scanned the home region only');
  } catch (err) {
    const e = classify(err, api('ec2:DescribeRegions'));
    notes.push(`Region discovery failed (${describeFetchError(e)}); scanned ${home} only. Pass --regions to choose.`);
  }
  return [home];
}

function clientsFor(opts: AwsScanOptions, stats: ApiStats): AwsClients {
  const shared = opts.shared ?? sharedScheduling(opts);
  return new AwsClients(opts, stats, shared.pools, shared.rate);
}

/** Collect everything the checks need from one AWS account into a snapshot. */
export async function collectAws(checks: readonly Check[], opts: AwsScanOptions = {}): Promise<Snapshot> {
  const startedAt = new Date().toISOString();
  const stats = new ApiStats();
  const clients = clientsFor(opts, stats);
  const homeRegion = opts.homeRegion ?? (await defaultHomeRegion(opts.profile));
  const account = await whoAmI(clients, homeRegion);
  return scanAccount(checks, opts, { account, homeRegion, startedAt, stats, clients });
}

export interface AccountScan {
  account: AwsAccount;
  homeRegion: string;
  startedAt: string;
  stats: ApiStats;
  clients: AwsClients;
}

/** Discover regions (unless given) and collect one known account into a snapshot. */
export async function scanAccount(checks: readonly Check[], opts: AwsScanOptions, a: AccountScan): Promise<Snapshot> {
  const { account, homeRegion, stats, clients } = a;
  clients.account = account.id;
  const notes: string[] = [];
  const regions = opts.regions?.length ? [...opts.regions].sort() : await discoverRegions(clients, homeRegion, notes);

  const inventory = await collectInventory(checks, { ...opts, account, homeRegion, regions }, stats, clients);
  const listed = inventory[S3_BUCKETS.id]?.[GLOBAL]?.result;
  const skipped = listed?.ok ? bucketsSkippedNote(listed.value as S3Bucket[], regions) : undefined;
  if (skipped) notes.push(skipped);

  return {
    schema: SNAPSHOT_SCHEMA,
    provider: 'aws',
    account,
    homeRegion,
    regions,
    startedAt: a.startedAt,
    finishedAt: new Date().toISOString(),
    inventory,
    apiCalls: stats.toJSON(),
    notes,
  };
}

export interface InventoryRun extends AwsScanOptions {
  account: AwsAccount;
  homeRegion: string;
  regions: readonly string[];
}

/** Collect the keys the checks need, for a known account and regions. */
export async function collectInventory(
  checks: readonly Check[],
  run: InventoryRun,
  stats: ApiStats = new ApiStats(),
  clients: AwsClients = clientsFor(run, stats),
): Promise<Snapshot['inventory']> {
  const { account, homeRegion, regions } = run;
  const collectors = new Map((run.collectors ?? AWS_COLLECTORS).map((c) => [c.key.id, c])) as ReadonlyMap<
    string,
    Collector<unknown, never>
  >;
  const keys = requiredKeys(checks, 'aws', collectors);
  const units = keys
    .flatMap((k) => (k.scope === 'global' ? [{ key: k, region: homeRegion }] : regions.map((r) => ({ key: k, region: r }))))
    .filter((u) => !run.unitFilter || run.unitFilter(account.id, u.key, u.region));

  let keysDone = 0;
  // A service is done when every unit of every key it serves is done.
  const pending = new Map<string, number>();
  for (const u of units) {
    const svc = collectors.get(u.key.id)!.service;
    pending.set(svc, (pending.get(svc) ?? 0) + 1);
  }
  const servicesTotal = pending.size;
  const progress = run.progress;
  const report = (): void => {
    // Called on every API event: skip the tallying when nobody is watching.
    if (!progress) return;
    const t = stats.totals();
    progress({
      regions: regions.length,
      servicesDone: [...pending.values()].filter((n) => n === 0).length,
      servicesTotal,
      keysDone,
      keysTotal: units.length,
      calls: t.calls,
      throttles: t.throttles,
    });
  };
  if (progress) stats.onEvent(report);

  const extra: AwsExtra = {
    account,
    homeRegion,
    regions,
    client: ((service: never, region: string) => clients.get(service, region)) as AwsExtra['client'],
  };
  const store = new InventoryStore(
    collectors as never,
    extra,
    {
      classify,
      tag: tagError,
      errorCode,
      onDone: (keyId) => {
        keysDone++;
        const svc = collectors.get(keyId)!.service;
        pending.set(svc, (pending.get(svc) ?? 1) - 1);
        report();
      },
    },
    homeRegion,
  );

  await Promise.all(units.map((u) => store.entry(u.key, u.region)));

  return store.inventory();
}
