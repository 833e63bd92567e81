import type { Collector, CollectorContextBase } from '../../inventory/collector.js';
import type { ClientTypes, ServiceId } from './clients.js';

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
}

export type AwsCollectContext = CollectorContextBase & AwsExtra;
export type AwsCollector<T> = Collector<T, AwsCollectContext>;
