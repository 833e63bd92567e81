/** The shape the attribute checks share: one finding per load balancer, judged on its attributes. */
import type { CheckContext, Finding } from '../../../../../model/check.js';
import type { ResourceRef } from '../../../../../model/resource.js';
import { all, lookup, notApplicable } from '../../../../check-kit.js';
import { eachRegional } from '../../resource-kit.js';
import { ELBV2_ATTRIBUTES, ELBV2_LOAD_BALANCERS, type LoadBalancerV2 } from '../state.js';

export const LOAD_BALANCER = 'AWS::ElasticLoadBalancingV2::LoadBalancer';

/**
 * Judge each load balancer of the listed `types` on its attributes; the other types are not
 * applicable (an attribute such as drop_invalid_header_fields exists only on ALBs).
 */
export function eachByAttributes(
  ctx: CheckContext,
  types: readonly string[],
  judge: (lb: LoadBalancerV2, attrs: Record<string, string>, resource: ResourceRef) => Finding,
): Finding[] {
  return eachRegional(ctx, ELBV2_LOAD_BALANCERS, LOAD_BALANCER, (lb, resource, region) => {
    if (!types.includes(lb.type))
      return notApplicable(resource, 'other-type', `${lb.name} is a ${lb.type} load balancer; the setting does not apply.`);
    const got = all(resource, [lookup(ctx, ELBV2_ATTRIBUTES, lb.arn, region)]);
    return got.ok ? judge(lb, got.values[0], resource) : got.finding;
  });
}
