/** Builders for the ELBv2 case tables. */
import { snapshot } from '../../../../../test/support/snapshot.js';
import type { Fetched } from '../../../../model/fetched.js';
import { ELBV2_ATTRIBUTES, ELBV2_LISTENERS, ELBV2_LOAD_BALANCERS, type ListenerV2, type LoadBalancerV2 } from './state.js';

export const R = 'us-east-1';
export const ARN = 'arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/web/1';

export function lb(extra: Partial<LoadBalancerV2> = {}): LoadBalancerV2 {
  return { name: 'web', arn: ARN, type: 'application', scheme: 'internet-facing', ...extra };
}

/** One load balancer with the given attributes (or a failed read). */
export function withAttributes(attrs: unknown, extra: Partial<LoadBalancerV2> = {}) {
  const value = attrs && typeof attrs === 'object' && 'ok' in attrs ? attrs : { ok: true, value: attrs };
  return snapshot()
    .regional(ELBV2_LOAD_BALANCERS, R, [lb(extra)])
    .regional(ELBV2_ATTRIBUTES, R, { [ARN]: value as never });
}

/** One load balancer with the given listeners (or a failed read). */
export function withListeners(listeners: ListenerV2[] | Fetched<ListenerV2[]>, extra: Partial<LoadBalancerV2> = {}) {
  const value = Array.isArray(listeners) ? { ok: true, value: listeners } : listeners;
  return snapshot()
    .regional(ELBV2_LOAD_BALANCERS, R, [lb(extra)])
    .regional(ELBV2_LISTENERS, R, { [ARN]: value as never });
}

export function listener(protocol: string, port: number, extra: Partial<ListenerV2> = {}): ListenerV2 {
  return { arn: `${ARN}/l${port}`, protocol, port, ...extra };
}
