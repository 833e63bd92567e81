/** Builders for the Route 53 case tables. */
import { snapshot } from '../../../../../test/support/snapshot.js';
import type { Fetched } from '../../../../model/fetched.js';
import { type HostedZone, ROUTE53_DNSSEC, ROUTE53_QUERY_LOGGING, ROUTE53_ZONES } from './state.js';

export const ZONE_ID = 'Z0123456789ABC';

export function zone(extra: Partial<HostedZone> = {}): HostedZone {
  return { id: ZONE_ID, arn: `arn:aws:route53:::hostedzone/${ZONE_ID}`, name: 'example.com.', private: false, ...extra };
}

/** One zone with its DNSSEC status (or a failed read). */
export function withDnssec(status: string | Fetched<string>, extra: Partial<HostedZone> = {}) {
  const value = typeof status === 'string' ? { ok: true as const, value: status } : status;
  return snapshot()
    .global(ROUTE53_ZONES, [zone(extra)])
    .global(ROUTE53_DNSSEC, { [ZONE_ID]: value });
}

/** One zone with the account's query logging configurations (or a failed read). */
export function withQueryLogging(configs: Record<string, string> | Fetched<Record<string, string>>, extra: Partial<HostedZone> = {}) {
  return snapshot()
    .global(ROUTE53_ZONES, [zone(extra)])
    .global(ROUTE53_QUERY_LOGGING, configs);
}
