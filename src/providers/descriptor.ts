import type { Provider } from '../model/resource.js';
import type { ServiceModule } from './service.js';

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
}
