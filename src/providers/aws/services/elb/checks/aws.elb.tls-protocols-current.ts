import type { Check } from '../../../../../model/check.js';
import { fail, pass } from '../../../../check-kit.js';
import { ELB_LOAD_BALANCERS, ELB_POLICIES } from '../state.js';
import { CLASSIC_LOAD_BALANCER, eachByTlsPolicies } from './each.js';

/** Protocol attributes of an SSL negotiation policy that must be off. */
const LEGACY = ['Protocol-SSLv3', 'Protocol-TLSv1', 'Protocol-TLSv1.1'];

export const elbTlsProtocolsCurrent: Check = {
  meta: {
    id: 'aws.elb.tls-protocols-current',
    title: 'Classic load balancer TLS listeners refuse SSLv3, TLS 1.0 and TLS 1.1',
    provider: 'aws',
    service: 'elb',
    resourceType: CLASSIC_LOAD_BALANCER,
    severity: 'high',
    requires: [ELB_LOAD_BALANCERS, ELB_POLICIES],
    rationale:
      "An HTTPS/SSL listener negotiates with the SSL negotiation policy attached to it; the policy's Protocol-SSLv3, Protocol-TLSv1 " +
      'and Protocol-TLSv1.1 attributes say which deprecated versions it accepts (the default ELBSecurityPolicy-2016-08 accepts TLS 1.0 ' +
      'and 1.1). Passes when no HTTPS/SSL listener enables any of them; fails when one does or has no negotiation policy to show; ' +
      'not applicable without HTTPS/SSL listeners.',
    remediation: {
      text: 'Attach a TLS 1.2-only predefined policy such as ELBSecurityPolicy-TLS-1-2-2017-01 to every HTTPS/SSL listener.',
      console: 'EC2 → Load balancers → classic load balancer → Listeners → Edit → Security policy',
      cli: 'aws elb create-load-balancer-policy --load-balancer-name <name> --policy-name tls12 --policy-type-name SSLNegotiationPolicyType --policy-attributes AttributeName=Reference-Security-Policy,AttributeValue=ELBSecurityPolicy-TLS-1-2-2017-01 && aws elb set-load-balancer-policies-of-listener --load-balancer-name <name> --load-balancer-port 443 --policy-names tls12',
    },
  },
  evaluate(ctx) {
    return eachByTlsPolicies(ctx, (lb, listeners, resource) => {
      const bad = listeners.flatMap(({ listener, policy }) => {
        if (!policy) return [`${listener.port} (no negotiation policy)`];
        const legacy = LEGACY.filter((p) => policy.enabled.includes(p));
        return legacy.length ? [`${listener.port} (${legacy.join(', ')})`] : [];
      });
      return bad.length === 0
        ? pass(resource, 'current', `The TLS listeners of ${lb.name} accept only TLS 1.2 or later.`)
        : fail(resource, 'legacy-protocols', `${lb.name} accepts deprecated protocols on ${bad.join('; ')}.`, { listeners: bad });
    });
  },
};
