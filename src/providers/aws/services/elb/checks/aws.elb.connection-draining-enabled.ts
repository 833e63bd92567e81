import type { Check } from '../../../../../model/check.js';
import { fail, pass } from '../../../../check-kit.js';
import { ELB_ATTRIBUTES, ELB_LOAD_BALANCERS } from '../state.js';
import { CLASSIC_LOAD_BALANCER, eachByAttributes } from './each.js';

export const elbConnectionDrainingEnabled: Check = {
  meta: {
    id: 'aws.elb.connection-draining-enabled',
    title: 'Classic load balancers drain connections from leaving instances',
    provider: 'aws',
    service: 'elb',
    resourceType: CLASSIC_LOAD_BALANCER,
    severity: 'low',
    requires: [ELB_LOAD_BALANCERS, ELB_ATTRIBUTES],
    rationale:
      'Connection draining lets in-flight requests finish when an instance is deregistered or fails its health check, instead of ' +
      'cutting them off; without it deployments and scale-in break open requests. Passes when ConnectionDraining is enabled; fails otherwise.',
    remediation: {
      text: 'Enable connection draining with a timeout that covers your longest request.',
      console: 'EC2 → Load balancers → classic load balancer → Attributes → Edit → Connection draining',
      cli: 'aws elb modify-load-balancer-attributes --load-balancer-name <name> --load-balancer-attributes "{\\"ConnectionDraining\\":{\\"Enabled\\":true,\\"Timeout\\":300}}"',
    },
  },
  evaluate(ctx) {
    return eachByAttributes(ctx, (lb, attrs, resource) =>
      attrs.connectionDraining
        ? pass(resource, 'draining', `${lb.name} drains connections before removing an instance.`)
        : fail(resource, 'no-draining', `${lb.name} cuts open connections when an instance leaves.`, { connectionDraining: false }),
    );
  },
};
