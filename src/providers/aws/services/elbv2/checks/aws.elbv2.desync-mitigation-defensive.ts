import type { Check } from '../../../../../model/check.js';
import { fail, pass } from '../../../../check-kit.js';
import { ELBV2_ATTRIBUTES, ELBV2_LOAD_BALANCERS } from '../state.js';
import { eachByAttributes, LOAD_BALANCER } from './attributes.js';

export const elbv2DesyncMitigationDefensive: Check = {
  meta: {
    id: 'aws.elbv2.desync-mitigation-defensive',
    title: 'Application load balancers mitigate HTTP desync attacks',
    provider: 'aws',
    service: 'elbv2',
    resourceType: LOAD_BALANCER,
    severity: 'medium',
    requires: [ELBV2_LOAD_BALANCERS, ELBV2_ATTRIBUTES],
    rationale:
      'routing.http.desync_mitigation_mode decides what an ALB does with ambiguous requests that front end and back end could parse ' +
      'differently (HTTP desync / request smuggling). Passes for defensive (the default) and strictest; fails for monitor, which ' +
      'forwards such requests unchanged. Applies to application load balancers only.',
    remediation: {
      text: 'Set the desync mitigation mode to defensive or strictest.',
      console: 'EC2 → Load balancers → ALB → Attributes → Edit → Desync mitigation mode',
      cli: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn <arn> --attributes Key=routing.http.desync_mitigation_mode,Value=defensive',
    },
  },
  evaluate(ctx) {
    return eachByAttributes(ctx, ['application'], (lb, attrs, resource) => {
      const mode = attrs['routing.http.desync_mitigation_mode'] ?? 'defensive';
      return mode === 'defensive' || mode === 'strictest'
        ? pass(resource, 'mitigating', `${lb.name} handles ambiguous requests in ${mode} mode.`, { mode })
        : fail(resource, 'monitor-only', `${lb.name} forwards ambiguous requests (mode ${mode}).`, { mode });
    });
  },
};
