import type { Check } from '../../../../../model/check.js';
import { fail, notApplicable, pass } from '../../../../check-kit.js';
import { ELBV2_LISTENERS, ELBV2_LOAD_BALANCERS } from '../state.js';
import { LOAD_BALANCER } from './attributes.js';
import { eachWithListeners } from './listeners.js';

export const elbv2HttpRedirectsToHttps: Check = {
  meta: {
    id: 'aws.elbv2.http-redirects-to-https',
    title: 'Application load balancers redirect HTTP to HTTPS',
    provider: 'aws',
    service: 'elbv2',
    resourceType: LOAD_BALANCER,
    severity: 'medium',
    requires: [ELBV2_LOAD_BALANCERS, ELBV2_LISTENERS],
    rationale:
      'A plain HTTP listener that forwards requests serves the application unencrypted. Passes when every HTTP listener of an ALB ' +
      'has a default action that redirects to HTTPS, or when the ALB has no HTTP listener; fails naming the HTTP listeners that ' +
      'forward or answer in clear text. Only default actions are read (listener rules are not), so a listener that redirects only ' +
      'through rules fails. Network and gateway load balancers are not applicable.',
    remediation: {
      text: "Make the HTTP listener's default action a redirect to HTTPS on port 443 (status 301).",
      console: 'EC2 → Load balancers → ALB → Listeners → HTTP:80 → Edit default action → Redirect to HTTPS',
      cli: 'aws elbv2 modify-listener --listener-arn <arn> --default-actions Type=redirect,RedirectConfig="{Protocol=HTTPS,Port=443,StatusCode=HTTP_301}"',
    },
  },
  evaluate(ctx) {
    return eachWithListeners(ctx, (lb, listeners, resource) => {
      if (lb.type !== 'application') return notApplicable(resource, 'other-type', `${lb.name} is a ${lb.type} load balancer.`);
      const plain = listeners.filter((l) => l.protocol === 'HTTP');
      const clear = plain.filter((l) => l.redirectProtocol !== 'HTTPS');
      return clear.length === 0
        ? pass(
            resource,
            plain.length ? 'redirects' : 'no-http',
            plain.length ? `${lb.name} redirects HTTP to HTTPS.` : `${lb.name} has no HTTP listener.`,
            {
              httpListeners: plain.length,
            },
          )
        : fail(resource, 'serves-http', `${lb.name} serves clear-text HTTP on port ${clear.map((l) => l.port).join(', ')}.`, {
            ports: clear.map((l) => l.port),
          });
    });
  },
};
