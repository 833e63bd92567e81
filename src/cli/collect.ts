/** Where a scan's snapshots come from: a saved file, or a live collection from AWS or Azure. */
import { resolve } from 'node:path';
import type { Config } from '../config/config.js';
import type { ShardPlan } from '../engine/shard.js';
import { InputError } from '../errors.js';
import { loadSnapshots } from '../inventory/snapshot-file.js';
import type { Check } from '../model/check.js';
import type { AnyKey } from '../model/keys.js';
import type { Snapshot } from '../model/snapshot.js';
import type { ScanProgress } from '../providers/aws/scan.js';
import { findProvider, PROVIDER_IDS } from '../providers/index.js';
import type { CliIO } from './io.js';
import { positiveInt, regionsOption, timeoutsOption } from './options.js';
import { orgScanOptions } from './org-options.js';
import { progressReporter } from './progress.js';
import type { ScanFlags } from './scan.js';

export interface CollectPlan {
  config: Config;
  checks: Check[];
  shard?: ShardPlan;
}

/** Collect only the (key, region) units this shard owns, per account. */
function shardFilter(shard: ShardPlan): (account: string, key: AnyKey, region: string) => boolean {
  const byAccount = new Map<string, (key: AnyKey, region: string) => boolean>();
  return (account, key, region) => {
    let f = byAccount.get(account);
    if (!f) byAccount.set(account, (f = shard.unitFilter('aws', account)));
    return f(key, region);
  };
}

async function collectAwsSnapshots(flags: ScanFlags, p: CollectPlan, io: CliIO): Promise<Snapshot[]> {
  (await import('./azure.js')).rejectAzureFlags(flags);
  const regions = regionsOption(flags.regions) ?? p.config.regions;
  const concurrency = positiveInt('--concurrency', flags.concurrency) ?? p.config.concurrency;
  const maxAttempts = positiveInt('--max-attempts', flags.maxAttempts);
  const endpoint = flags.endpointUrl ?? io.env.AWS_ENDPOINT_URL;
  const maxRps = positiveInt('--max-rps', flags.maxRps);
  const timeouts = timeoutsOption(flags);
  const org = orgScanOptions(flags);
  const { collectAws } = await import('../providers/aws/scan.js');
  const progress = progressReporter(io, Boolean(flags.quiet));
  const common = {
    ...(flags.profile ? { profile: flags.profile } : {}),
    ...(regions ? { regions } : {}),
    ...(endpoint ? { endpoint } : {}),
    ...(concurrency ? { concurrency } : {}),
    ...(maxAttempts ? { maxAttempts } : {}),
    ...(maxRps ? { maxRps } : {}),
    timeouts,
    ...(p.shard ? { unitFilter: shardFilter(p.shard) } : {}),
    progress: (x: ScanProgress) => progress.update(x),
  };
  try {
    if (org) {
      const { collectAwsOrg } = await import('../providers/aws/org.js');
      return await collectAwsOrg(p.checks, { ...common, ...org });
    }
    return [await collectAws(p.checks, common)];
  } finally {
    progress.done();
  }
}

export async function obtainSnapshots(provider: string | undefined, flags: ScanFlags, p: CollectPlan, io: CliIO): Promise<Snapshot[]> {
  if (flags.snapshot) {
    const all = loadSnapshots(resolve(io.cwd, flags.snapshot));
    const unknown = all.find((s) => !findProvider(s.provider));
    if (unknown)
      throw new InputError(
        flags.snapshot,
        `provider: "${unknown.provider}" is not a provider this annexa knows (${PROVIDER_IDS.join(', ')})`,
      );
    if (!provider) return all;
    const mine = all.filter((s) => s.provider === provider);
    if (mine.length === 0)
      throw new InputError('--snapshot', `holds no ${provider} snapshot (it has ${[...new Set(all.map((s) => s.provider))].join(', ')})`);
    return mine;
  }
  if (!provider)
    throw new InputError(
      'scan',
      'name a provider (`annexa scan aws`, `annexa scan azure`) or a saved snapshot (`annexa scan --snapshot FILE`)',
    );
  const live = LIVE[provider];
  if (!findProvider(provider) || !live)
    throw new InputError('scan', `unknown provider "${provider}" (supported: ${PROVIDER_IDS.join(', ')})`);
  return live(flags, p, io);
}

/** Each provider's flags → its live collection, by provider id. */
const LIVE: Record<string, (flags: ScanFlags, p: CollectPlan, io: CliIO) => Promise<Snapshot[]>> = {
  aws: collectAwsSnapshots,
  azure: async (flags, p, io) => (await import('./azure.js')).azureSnapshots(flags, p.checks, p.config, io, p.shard),
};
