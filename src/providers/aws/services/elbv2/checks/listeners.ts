/** Listener reading shared by the listener checks. */
import type { CheckContext, Finding } from '../../../../../model/check.js';
import type { ResourceRef } from '../../../../../model/resource.js';
import { all, lookup } from '../../../../check-kit.js';
import { eachRegional } from '../../resource-kit.js';
import { ELBV2_LISTENERS, ELBV2_LOAD_BALANCERS, type ListenerV2, type LoadBalancerV2 } from '../state.js';
import { LOAD_BALANCER } from './attributes.js';

export function eachWithListeners(
  ctx: CheckContext,
  judge: (lb: LoadBalancerV2, listeners: ListenerV2[], resource: ResourceRef) => Finding,
): Finding[] {
  return eachRegional(ctx, ELBV2_LOAD_BALANCERS, LOAD_BALANCER, (lb, resource, region) => {
    const got = all(resource, [lookup(ctx, ELBV2_LISTENERS, lb.arn, region)]);
    return got.ok ? judge(lb, got.values[0], resource) : got.finding;
  });
}

/**
 * Predefined ELB security policies whose names encode a minimum of TLS 1.2 or 1.3
 * (ELBSecurityPolicy-TLS13-1-2-…, -TLS13-1-3-…, -TLS-1-2-…, -FS-1-2-…). Every other predefined
 * policy, including the console default ELBSecurityPolicy-2016-08, still accepts TLS 1.0 or 1.1.
 */
export function tls12Minimum(policy: string): boolean {
  return /^ELBSecurityPolicy-(TLS13-1-[23]|TLS-1-2|FS-1-2)-/.test(policy);
}
