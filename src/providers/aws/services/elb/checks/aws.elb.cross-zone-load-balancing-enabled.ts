import type { Check } from '../../../../../model/check.js';
import { fail, pass } from '../../../../check-kit.js';
import { ELB_ATTRIBUTES, ELB_LOAD_BALANCERS } from '../state.js';
import { CLASSIC_LOAD_BALANCER, eachByAttributes } from './each.js';

export const elbCrossZoneLoadBalancingEnabled: Check = {
  meta: {
    id: 'aws.elb.cross-zone-load-balancing-enabled',
    title: 'Classic load balancers spread traffic across zones',
    provider: 'aws',
    service: 'elb',
    resourceType: CLASSIC_LOAD_BALANCER,
    severity: 'low',
    requires: [ELB_LOAD_BALANCERS, ELB_ATTRIBUTES],
    rationale:
      'With cross-zone load balancing each load balancer node routes to registered instances in every enabled Availability Zone; ' +
      'without it a zone whose instances fail drops its share of requests. It is on by default only for load balancers created in ' +
      'the console. Passes when CrossZoneLoadBalancing is enabled; fails otherwise.',
    remediation: {
      text: 'Turn on cross-zone load balancing.',
      console: 'EC2 → Load balancers → classic load balancer → Attributes → Edit → Cross-zone load balancing',
      cli: 'aws elb modify-load-balancer-attributes --load-balancer-name <name> --load-balancer-attributes "{\\"CrossZoneLoadBalancing\\":{\\"Enabled\\":true}}"',
    },
  },
  evaluate(ctx) {
    return eachByAttributes(ctx, (lb, attrs, resource) =>
      attrs.crossZone
        ? pass(resource, 'cross-zone', `${lb.name} balances across all enabled zones.`)
        : fail(resource, 'single-zone', `${lb.name} routes only to instances in each node's own zone.`, { crossZone: false }),
    );
  },
};
