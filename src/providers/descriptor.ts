import type { ShardPlan } from '../engine/shard.js';
import type { Check } from '../model/check.js';
import type { Provider } from '../model/resource.js';
import type { Snapshot } from '../model/snapshot.js';
import type { ServiceModule } from './service.js';

/** How far a live collection has got, for a status line. */
export interface ScanProgress {
  regions: number;
  servicesDone: number;
  servicesTotal: number;
  keysDone: number;
  keysTotal: number;
  calls: number;
  throttles: number;
}

/** A flag only one provider understands, so the others can refuse it by name. */
export interface ProviderFlag {
  /** Its key in the request's `flags`. */
  key: string;
  /** How the user spelled it (`--regions`). */
  flag: string;
}

/** What a live collection is given: the selected checks and the user's own flags, still unparsed. */
export interface LiveRequest {
  checks: readonly Check[];
  /** The `annexa.yaml` settings a collection reads. */
  config: { regions?: readonly string[]; concurrency?: number };
  /** Raw flag values by key; each provider validates its own. */
  flags: Readonly<Record<string, string | boolean | undefined>>;
  env: NodeJS.ProcessEnv;
  shard?: ShardPlan;
  progress?: (p: ScanProgress) => void;
  /** Test seams a provider may read (e.g. a replay transport); a real run passes none. */
  hooks: object;
}

/** What the rest of annexa may know about a provider: names, units, id rules and benchmark. */
export interface ProviderInfo {
  id: Provider;
  /** How people name it (`AWS`, `Azure`). */
  label: string;
  /** Whether its inventory is collected per region (AWS) or once per account (Azure subscriptions). */
  regional: boolean;
  /** What one scanned account is called (`account`, `subscription`). */
  accountNoun: string;
  /** What a location inside it is called (`region`, `location`). */
  locationNoun: string;
  /** The form resource ids compare in (Azure ARM ids are case-insensitive, so lower-cased). */
  canonicalId(id: string): string;
  /** The CIS Foundations Benchmark its checks' `cis` ids refer to. */
  cisBenchmark: { name: string; version: string };
}

/** One provider as a plug-in: its facts and its services. `PROVIDERS` lists them all. */
export interface ProviderDescriptor<S extends ServiceModule = ServiceModule> extends ProviderInfo {
  services: readonly S[];
  /** Flags only this provider understands; a scan of another provider refuses them. */
  flags: readonly ProviderFlag[];
  /** Added to "applies to X scans only" when this provider's scan refuses another's flag. */
  foreignFlagHint?: string;
  /** Collect what the checks need, live, into one snapshot per account. Loads its SDKs lazily. */
  collect(request: LiveRequest): Promise<Snapshot[]>;
}
