/** `annexa scan aws`: the AWS flags of a live request → one snapshot per account collected. */

import type { ShardPlan } from '../../engine/shard.js';
import { positiveInt, regionsOption, timeoutsOption } from '../../input.js';
import type { AnyKey } from '../../model/keys.js';
import type { Snapshot } from '../../model/snapshot.js';
import type { LiveRequest } from '../descriptor.js';
import { type OrgFlags, orgScanOptions } from './org-options.js';

/** Collect only the (key, region) units this shard owns, per account. */
function shardFilter(shard: ShardPlan): (account: string, key: AnyKey, region: string) => boolean {
  const byAccount = new Map<string, (key: AnyKey, region: string) => boolean>();
  return (account, key, region) => {
    let f = byAccount.get(account);
    if (!f) byAccount.set(account, (f = shard.unitFilter('aws', account)));
    return f(key, region);
  };
}

const text = (v: string | boolean | undefined): string | undefined => (typeof v === 'string' ? v : undefined);

export async function collectLive(r: LiveRequest): Promise<Snapshot[]> {
  const f = r.flags;
  const regions = regionsOption(text(f.regions)) ?? r.config.regions;
  const concurrency = positiveInt('--concurrency', text(f.concurrency)) ?? r.config.concurrency;
  const maxAttempts = positiveInt('--max-attempts', text(f.maxAttempts));
  const endpoint = text(f.endpointUrl) ?? r.env.AWS_ENDPOINT_URL;
  const maxRps = positiveInt('--max-rps', text(f.maxRps));
  const org = orgScanOptions(f as OrgFlags);
  const profile = text(f.profile);
  const { collectAws } = await import('./scan.js');
  const common = {
    ...(profile ? { profile } : {}),
    ...(regions ? { regions } : {}),
    ...(endpoint ? { endpoint } : {}),
    ...(concurrency ? { concurrency } : {}),
    ...(maxAttempts ? { maxAttempts } : {}),
    ...(maxRps ? { maxRps } : {}),
    timeouts: timeoutsOption({
      connectTimeout: text(f.connectTimeout),
      requestTimeout: text(f.requestTimeout),
      deadline: text(f.deadline),
    }),
    ...(r.shard ? { unitFilter: shardFilter(r.shard) } : {}),
    ...(r.progress ? { progress: r.progress } : {}),
  };
  if (org) {
    const { collectAwsOrg } = await import('./org.js');
    return collectAwsOrg(r.checks, { ...common, ...org });
  }
  return [await collectAws(r.checks, common)];
}
