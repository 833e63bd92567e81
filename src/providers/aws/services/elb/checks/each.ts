/** The shapes the classic ELB checks share: one finding per load balancer, judged on its attributes or its TLS policies. */
import type { CheckContext, Finding } from '../../../../../model/check.js';
import type { ResourceRef } from '../../../../../model/resource.js';
import { all, lookup, notApplicable } from '../../../../check-kit.js';
import { eachRegional } from '../../resource-kit.js';
import {
  type ClassicAttributes,
  type ClassicListener,
  type ClassicLoadBalancer,
  type ClassicPolicy,
  ELB_ATTRIBUTES,
  ELB_LOAD_BALANCERS,
  ELB_POLICIES,
} from '../state.js';

export const CLASSIC_LOAD_BALANCER = 'AWS::ElasticLoadBalancing::LoadBalancer';

export function eachByAttributes(
  ctx: CheckContext,
  judge: (lb: ClassicLoadBalancer, attrs: ClassicAttributes, resource: ResourceRef) => Finding,
): Finding[] {
  return eachRegional(ctx, ELB_LOAD_BALANCERS, CLASSIC_LOAD_BALANCER, (lb, resource, region) => {
    const got = all(resource, [lookup(ctx, ELB_ATTRIBUTES, lb.name, region)]);
    return got.ok ? judge(lb, got.values[0], resource) : got.finding;
  });
}

const TLS_PROTOCOLS = ['HTTPS', 'SSL'];

/** The SSL negotiation policy each HTTPS/SSL listener uses, by port; undefined when none is attached. */
export interface TlsListener {
  listener: ClassicListener;
  policy?: ClassicPolicy;
}

/**
 * Judge each load balancer on the negotiation policies of its HTTPS/SSL listeners; one without
 * such listeners is not applicable.
 */
export function eachByTlsPolicies(
  ctx: CheckContext,
  judge: (lb: ClassicLoadBalancer, listeners: TlsListener[], resource: ResourceRef) => Finding,
): Finding[] {
  return eachRegional(ctx, ELB_LOAD_BALANCERS, CLASSIC_LOAD_BALANCER, (lb, resource, region) => {
    const tls = lb.listeners.filter((l) => TLS_PROTOCOLS.includes(l.protocol));
    if (tls.length === 0) return notApplicable(resource, 'no-tls-listener', `${lb.name} has no HTTPS or SSL listener.`);
    const got = all(resource, [lookup(ctx, ELB_POLICIES, lb.name, region)]);
    if (!got.ok) return got.finding;
    const policies = got.values[0];
    return judge(
      lb,
      tls.map((listener) => {
        const policy = policies.find((p) => p.type === 'SSLNegotiationPolicyType' && listener.policyNames.includes(p.name));
        return policy ? { listener, policy } : { listener };
      }),
      resource,
    );
  });
}
