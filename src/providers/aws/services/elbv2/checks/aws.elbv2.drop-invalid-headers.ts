import type { Check } from '../../../../../model/check.js';
import { fail, pass } from '../../../../check-kit.js';
import { ELBV2_ATTRIBUTES, ELBV2_LOAD_BALANCERS } from '../state.js';
import { eachByAttributes, LOAD_BALANCER } from './attributes.js';

export const elbv2DropInvalidHeaders: Check = {
  meta: {
    id: 'aws.elbv2.drop-invalid-headers',
    title: 'Application load balancers drop invalid HTTP headers',
    provider: 'aws',
    service: 'elbv2',
    resourceType: LOAD_BALANCER,
    severity: 'medium',
    requires: [ELBV2_LOAD_BALANCERS, ELBV2_ATTRIBUTES],
    rationale:
      'With routing.http.drop_invalid_header_fields.enabled, an ALB removes headers whose names are not valid HTTP tokens before ' +
      'forwarding, which closes a route for request smuggling and header injection against the targets. Applies to application ' +
      'load balancers only. Passes when true; fails otherwise (the default is false).',
    remediation: {
      text: 'Turn on dropping of invalid header fields.',
      console: 'EC2 → Load balancers → ALB → Attributes → Edit → Drop invalid header fields',
      cli: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn <arn> --attributes Key=routing.http.drop_invalid_header_fields.enabled,Value=true',
    },
  },
  evaluate(ctx) {
    return eachByAttributes(ctx, ['application'], (lb, attrs, resource) =>
      attrs['routing.http.drop_invalid_header_fields.enabled'] === 'true'
        ? pass(resource, 'drops-invalid', `${lb.name} drops invalid header fields.`, { dropInvalidHeaderFields: true })
        : fail(resource, 'forwards-invalid', `${lb.name} forwards invalid header fields to its targets.`, {
            dropInvalidHeaderFields: false,
          }),
    );
  },
};
