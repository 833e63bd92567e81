import type { Collector, CollectorContextBase } from '../../inventory/collector.js';
import type { AwsClientSpec, ClientTypes, ServiceId } from './clients.js';

export interface AwsAccount {
  id: string;
  partition: string;
}

export interface AwsExtra {
  account: AwsAccount;
  homeRegion: string;
  /** The regions this scan covers; account-wide listings (S3 buckets) are limited to them. */
  regions: readonly string[];
  client<S extends ServiceId>(service: S, region: string): Promise<ClientTypes[S]>;
  /** A service folder's own client (see `awsClient`). */
  client<C>(service: AwsClientSpec<C>, region: string): Promise<C>;
}

export type AwsCollectContext = CollectorContextBase & AwsExtra;
export type AwsCollector<T> = Collector<T, AwsCollectContext>;
