import type { Check } from '../../../../../model/check.js';
import { fail, pass } from '../../../../check-kit.js';
import { ELBV2_ATTRIBUTES, ELBV2_LOAD_BALANCERS } from '../state.js';
import { eachByAttributes, LOAD_BALANCER } from './attributes.js';

export const elbv2DeletionProtectionEnabled: Check = {
  meta: {
    id: 'aws.elbv2.deletion-protection-enabled',
    title: 'Load balancers have deletion protection',
    provider: 'aws',
    service: 'elbv2',
    resourceType: LOAD_BALANCER,
    severity: 'low',
    requires: [ELBV2_LOAD_BALANCERS, ELBV2_ATTRIBUTES],
    rationale:
      'With deletion_protection.enabled a load balancer cannot be deleted until the flag is turned off first, which stops a mistaken ' +
      'or scripted deletion from taking a service offline. Applies to application, network and gateway load balancers. Passes when ' +
      'the attribute is true; fails otherwise.',
    remediation: {
      text: 'Turn on deletion protection for production load balancers.',
      console: 'EC2 → Load balancers → load balancer → Attributes → Edit → Deletion protection',
      cli: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn <arn> --attributes Key=deletion_protection.enabled,Value=true',
    },
  },
  evaluate(ctx) {
    return eachByAttributes(ctx, ['application', 'network', 'gateway'], (lb, attrs, resource) =>
      attrs['deletion_protection.enabled'] === 'true'
        ? pass(resource, 'protected', `${lb.name} has deletion protection.`, { deletionProtection: true })
        : fail(resource, 'unprotected', `${lb.name} can be deleted without first lifting protection.`, { deletionProtection: false }),
    );
  },
};
