import type { Collector, CollectorContextBase } from '../../inventory/collector.js';
import type { AzureServiceId, ClientTypes } from './clients.js';

export interface AzureExtra {
  subscriptionId: string;
  /** A client bound to this subscription. */
  client<S extends AzureServiceId>(service: S): Promise<ClientTypes[S]>;
}

export type AzureCollectContext = CollectorContextBase & AzureExtra;
export type AzureCollector<T> = Collector<T, AzureCollectContext>;
