import type { Check } from '../../../../../model/check.js';
import { fail, pass } from '../../../../check-kit.js';
import { ELB_ATTRIBUTES, ELB_LOAD_BALANCERS } from '../state.js';
import { CLASSIC_LOAD_BALANCER, eachByAttributes } from './each.js';

const SAFE = ['defensive', 'strictest'];

export const elbDesyncMitigationDefensive: Check = {
  meta: {
    id: 'aws.elb.desync-mitigation-defensive',
    title: 'Classic load balancers reject request-smuggling attempts',
    provider: 'aws',
    service: 'elb',
    resourceType: CLASSIC_LOAD_BALANCER,
    severity: 'medium',
    requires: [ELB_LOAD_BALANCERS, ELB_ATTRIBUTES],
    rationale:
      'The elb.http.desyncmitigationmode attribute decides how ambiguous HTTP requests (HTTP desync, request smuggling) are handled: ' +
      'monitor forwards them, defensive (the default) and strictest block the dangerous ones. Passes on defensive or strictest, or when ' +
      'the attribute is absent (the default applies); fails on monitor.',
    remediation: {
      text: 'Set the desync mitigation mode to defensive or strictest.',
      console: 'EC2 → Load balancers → classic load balancer → Attributes → Edit → Desync mitigation mode',
      cli: 'aws elb modify-load-balancer-attributes --load-balancer-name <name> --load-balancer-attributes "{\\"AdditionalAttributes\\":[{\\"Key\\":\\"elb.http.desyncmitigationmode\\",\\"Value\\":\\"defensive\\"}]}"',
    },
  },
  evaluate(ctx) {
    return eachByAttributes(ctx, (lb, attrs, resource) => {
      const mode = attrs.desyncMode ?? 'defensive';
      return SAFE.includes(mode)
        ? pass(resource, 'mitigated', `${lb.name} handles ambiguous requests in ${mode} mode.`, { mode })
        : fail(resource, 'monitor-only', `${lb.name} forwards ambiguous requests (${mode} mode).`, { mode });
    });
  },
};
