import type { Shard } from '../model/result.js';

export type { Shard } from '../model/result.js';

import { createHash } from 'node:crypto';
import { InputError } from '../errors.js';
import type { Check } from '../model/check.js';
import type { EvidenceItem } from '../model/evidence.js';
import { type AnyKey, GLOBAL } from '../model/keys.js';
import type { Snapshot } from '../model/snapshot.js';

/** Where engines put a job's 0-based index. The first one set wins. */
export const SHARD_INDEX_VARIABLES = [
  'ANNEXA_SHARD_INDEX', // GitHub Actions: set it from ${{ strategy.job-index }}
  'JOB_COMPLETION_INDEX', // Kubernetes Indexed Jobs
  'AWS_BATCH_JOB_ARRAY_INDEX', // AWS Batch array jobs
] as const;

function whole(flag: string, s: string, what: string): number {
  if (!/^\d+$/.test(s)) throw new InputError(flag, `${what} "${s}" is not a whole number`);
  return Number(s);
}

/** Parses `K/N` (1 ≤ K ≤ N) or `auto/N`, which reads a 0-based index from the engine's variable. */
export function parseShard(value: string, env: NodeJS.ProcessEnv): Shard {
  const m = /^([^/]+)\/([^/]+)$/.exec(value.trim());
  if (!m) throw new InputError('--shard', `"${value}" is not K/N or auto/N (e.g. 2/4)`);
  const total = whole('--shard', m[2]!, 'shard count');
  if (total < 1) throw new InputError('--shard', 'the shard count must be at least 1');
  let index: number;
  if (m[1] === 'auto') {
    const name = SHARD_INDEX_VARIABLES.find((v) => env[v] !== undefined && env[v] !== '');
    if (!name) throw new InputError('--shard', `auto needs one of ${SHARD_INDEX_VARIABLES.join(', ')} (a 0-based job index)`);
    index = whole(name, env[name]!, 'job index') + 1;
  } else {
    index = whole('--shard', m[1]!, 'shard index');
  }
  if (index < 1 || index > total) throw new InputError('--shard', `shard ${index} is outside 1..${total}`);
  return { index, total };
}

export function unitOwner(provider: string, account: string, region: string, total: number): number {
  const h = createHash('sha256').update(`${provider}\u0000${account}\u0000${region}`).digest();
  return (h.readUInt32BE(0) % total) + 1;
}

/** True when the check reads any account-wide key: its items then belong to the account's global unit. */
export function isAccountLevel(check: Check): boolean {
  return check.meta.requires.some((k) => k.scope === 'global');
}

/** True when some finding of the check needs the check's regional keys from every region. */
export function readsEveryRegion(check: Check): boolean {
  return isAccountLevel(check) || check.meta.acrossRegions === true;
}

export class ShardPlan {
  /** Checks whose items belong to the account unit. */
  private readonly accountLevel: ReadonlySet<string>;
  /** Regional keys the account unit's owner collects in every region. */
  private readonly accountWideKeys: ReadonlySet<string>;

  constructor(
    readonly shard: Shard,
    checks: readonly Check[],
  ) {
    this.accountLevel = new Set(checks.filter(isAccountLevel).map((c) => c.meta.id));
    this.accountWideKeys = new Set(checks.filter(readsEveryRegion).flatMap((c) => c.meta.requires.map((k) => k.id)));
  }

  owns(provider: string, account: string, region: string): boolean {
    return unitOwner(provider, account, region, this.shard.total) === this.shard.index;
  }

  ownsAccountUnit(provider: string, account: string): boolean {
    return this.owns(provider, account, GLOBAL);
  }

  ownsItem(item: EvidenceItem, accountLevel: ReadonlySet<string> = this.accountLevel): boolean {
    const { provider, account, region } = item.resource;
    if (accountLevel.has(item.checkId) || region === GLOBAL) return this.ownsAccountUnit(provider, account);
    return this.owns(provider, account, region);
  }

  accountLevelChecks(): ReadonlySet<string> {
    return this.accountLevel;
  }

  /**
   * Which (key, region) pairs this shard collects live. Regional keys that account-level checks
   * read, or that feed an account-wide finding (`acrossRegions`), are fetched in every region by
   * the owner of the account unit, because those findings look across regions (e.g. where each
   * trail's bucket is, or whether any region's trail covers them all).
   */
  unitFilter(provider: string, account: string): (key: AnyKey, region: string) => boolean {
    const ownsAccount = this.ownsAccountUnit(provider, account);
    return (key, region) => {
      if (key.scope === 'global') return ownsAccount;
      return this.owns(provider, account, region) || (ownsAccount && this.accountWideKeys.has(key.id));
    };
  }

  /** Keep only this shard's items. */
  items(items: readonly EvidenceItem[]): EvidenceItem[] {
    return items.filter((i) => this.ownsItem(i));
  }

  /**
   * The run metadata a shard reports for an account: the regions it owns, and, when it read a
   * saved snapshot, the API statistics only once (from the account unit's owner) so merged
   * shards add up to the real numbers. Undefined when the shard owns nothing of the account.
   */
  accountView(s: Snapshot, source: 'live' | 'snapshot', regional = true): Snapshot | undefined {
    const ownsAccount = this.ownsAccountUnit(s.provider, s.account.id);
    // A non-regional provider (`regional` false) reads account-wide (Azure: per subscription), so
    // the account is one unit; its regions are just locations. The caller knows the provider.
    const regions = regional
      ? s.regions.filter((r) => r !== GLOBAL && this.owns(s.provider, s.account.id, r))
      : ownsAccount
        ? s.regions
        : [];
    if (!ownsAccount && regions.length === 0) return undefined;
    if (source === 'live') return { ...s, regions };
    return { ...s, regions, apiCalls: ownsAccount ? s.apiCalls : {}, notes: ownsAccount ? s.notes : [] };
  }
}
