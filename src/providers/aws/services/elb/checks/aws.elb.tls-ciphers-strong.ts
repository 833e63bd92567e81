import type { Check } from '../../../../../model/check.js';
import { fail, pass } from '../../../../check-kit.js';
import { ELB_LOAD_BALANCERS, ELB_POLICIES } from '../state.js';
import { CLASSIC_LOAD_BALANCER, eachByTlsPolicies } from './each.js';

/** Fragments of OpenSSL cipher names that mark broken or unauthenticated suites. */
const WEAK = ['RC4', 'DES', 'MD5', 'NULL', 'EXP', 'ADH', 'AECDH', 'anon'];

export const elbTlsCiphersStrong: Check = {
  meta: {
    id: 'aws.elb.tls-ciphers-strong',
    title: 'Classic load balancer TLS listeners offer no broken ciphers',
    provider: 'aws',
    service: 'elb',
    resourceType: CLASSIC_LOAD_BALANCER,
    severity: 'high',
    requires: [ELB_LOAD_BALANCERS, ELB_POLICIES],
    rationale:
      'Each cipher of an SSL negotiation policy is an attribute set to true or false; custom and older predefined policies can enable ' +
      'RC4, (3)DES, MD5, NULL, export-grade or anonymous suites, which give no real protection. Passes when no HTTPS/SSL listener ' +
      'enables such a cipher; fails when one does or has no negotiation policy to show; not applicable without HTTPS/SSL listeners.',
    remediation: {
      text: 'Attach a current predefined policy such as ELBSecurityPolicy-TLS-1-2-2017-01 instead of a custom or older policy.',
      console: 'EC2 → Load balancers → classic load balancer → Listeners → Edit → Security policy',
      cli: 'aws elb set-load-balancer-policies-of-listener --load-balancer-name <name> --load-balancer-port 443 --policy-names <tls12-policy>',
    },
  },
  evaluate(ctx) {
    return eachByTlsPolicies(ctx, (lb, listeners, resource) => {
      const bad = listeners.flatMap(({ listener, policy }) => {
        if (!policy) return [`${listener.port} (no negotiation policy)`];
        const weak = policy.enabled.filter((c) => !c.startsWith('Protocol-') && WEAK.some((w) => c.includes(w)));
        return weak.length ? [`${listener.port} (${weak.join(', ')})`] : [];
      });
      return bad.length === 0
        ? pass(resource, 'strong', `The TLS listeners of ${lb.name} offer no broken ciphers.`)
        : fail(resource, 'weak-ciphers', `${lb.name} offers broken ciphers on ${bad.join('; ')}.`, { listeners: bad });
    });
  },
};
