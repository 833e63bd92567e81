/** Route 53 state the checks read (a global service). No SDK imports. */
import { inventoryKey, type PerResource } from '../../../../model/keys.js';

/** `ListHostedZones`, reduced. */
export interface HostedZone {
  /** The zone id without its `/hostedzone/` prefix. */
  id: string;
  arn: string;
  /** The domain name, with its trailing dot. */
  name: string;
  private: boolean;
}

export const ROUTE53_ZONES = inventoryKey<HostedZone[]>('aws.route53.hostedZones', 'global');
/** `GetDNSSEC` per public zone, keyed by zone id: the ServeSignature status (`SIGNING`, `NOT_SIGNING`, …). */
export const ROUTE53_DNSSEC = inventoryKey<PerResource<string>>('aws.route53.dnssec', 'global');
/** `ListQueryLoggingConfigs`: zone id → the CloudWatch Logs group its queries are logged to. */
export const ROUTE53_QUERY_LOGGING = inventoryKey<Record<string, string>>('aws.route53.queryLogging', 'global');
