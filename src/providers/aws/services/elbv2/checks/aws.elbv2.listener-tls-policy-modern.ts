import type { Check } from '../../../../../model/check.js';
import { fail, notApplicable, pass } from '../../../../check-kit.js';
import { ELBV2_LISTENERS, ELBV2_LOAD_BALANCERS } from '../state.js';
import { LOAD_BALANCER } from './attributes.js';
import { eachWithListeners, tls12Minimum } from './listeners.js';

export const elbv2ListenerTlsPolicyModern: Check = {
  meta: {
    id: 'aws.elbv2.listener-tls-policy-modern',
    title: 'Load balancer TLS listeners refuse TLS 1.0 and 1.1',
    provider: 'aws',
    service: 'elbv2',
    resourceType: LOAD_BALANCER,
    severity: 'medium',
    requires: [ELBV2_LOAD_BALANCERS, ELBV2_LISTENERS],
    rationale:
      'An HTTPS (ALB) or TLS (NLB) listener negotiates with clients using its security policy. Passes when every such listener uses a ' +
      'predefined policy whose minimum is TLS 1.2 or 1.3 (the TLS13-1-2, TLS13-1-3, TLS-1-2 and FS-1-2 families); fails naming the ' +
      'listeners whose policy still accepts TLS 1.0 or 1.1, which have known weaknesses and are deprecated by RFC 8996. Load balancers ' +
      'without HTTPS or TLS listeners are not applicable.',
    remediation: {
      text: 'Select a TLS 1.2+ policy such as ELBSecurityPolicy-TLS13-1-2-2021-06 on each secure listener.',
      console: 'EC2 → Load balancers → listener → Edit → Security policy',
      cli: 'aws elbv2 modify-listener --listener-arn <arn> --ssl-policy ELBSecurityPolicy-TLS13-1-2-2021-06',
    },
  },
  evaluate(ctx) {
    return eachWithListeners(ctx, (lb, listeners, resource) => {
      const secure = listeners.filter((l) => l.protocol === 'HTTPS' || l.protocol === 'TLS');
      if (secure.length === 0) return notApplicable(resource, 'no-tls-listener', `${lb.name} has no HTTPS or TLS listener.`);
      const weak = secure.filter((l) => !tls12Minimum(l.sslPolicy ?? ''));
      return weak.length === 0
        ? pass(resource, 'tls12', `${lb.name}'s secure listeners require TLS 1.2 or later.`, { policies: secure.map((l) => l.sslPolicy) })
        : fail(
            resource,
            'legacy-tls',
            `${lb.name} accepts TLS 1.0/1.1 on ${weak.map((l) => `${l.protocol}:${l.port} (${l.sslPolicy ?? 'no policy'})`).join(', ')}.`,
            {
              weak: weak.map((l) => ({ port: l.port, sslPolicy: l.sslPolicy ?? null })),
            },
          );
    });
  },
};
