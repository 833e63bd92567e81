import type { Check } from '../../../../../model/check.js';
import { fail, pass } from '../../../../check-kit.js';
import { eachRegional } from '../../resource-kit.js';
import { ELB_LOAD_BALANCERS } from '../state.js';
import { CLASSIC_LOAD_BALANCER } from './each.js';

const ENCRYPTED = ['HTTPS', 'SSL'];

export const elbListenersEncrypted: Check = {
  meta: {
    id: 'aws.elb.listeners-encrypted',
    title: 'Classic load balancers accept only HTTPS or SSL connections',
    provider: 'aws',
    service: 'elb',
    resourceType: CLASSIC_LOAD_BALANCER,
    severity: 'medium',
    requires: [ELB_LOAD_BALANCERS],
    rationale:
      'A classic load balancer listener uses HTTP, HTTPS, TCP or SSL; HTTP and TCP listeners carry client traffic in clear text, and ' +
      'unlike application load balancers a classic one cannot answer with a redirect to HTTPS. Passes when every listener is HTTPS or SSL; ' +
      'fails when any listener is HTTP or TCP.',
    remediation: {
      text: 'Replace HTTP/TCP listeners with HTTPS/SSL listeners (or move to an application load balancer that redirects HTTP to HTTPS).',
      console: 'EC2 → Load balancers → classic load balancer → Listeners → Edit',
      cli: 'aws elb delete-load-balancer-listeners --load-balancer-name <name> --load-balancer-ports 80',
    },
  },
  evaluate(ctx) {
    return eachRegional(ctx, ELB_LOAD_BALANCERS, CLASSIC_LOAD_BALANCER, (lb, resource) => {
      const plain = lb.listeners.filter((l) => !ENCRYPTED.includes(l.protocol)).map((l) => `${l.protocol}:${l.port}`);
      return plain.length === 0
        ? pass(resource, 'encrypted', `Every listener of ${lb.name} is HTTPS or SSL.`)
        : fail(resource, 'clear-text', `${lb.name} accepts clear-text connections on ${plain.join(', ')}.`, { listeners: plain });
    });
  },
};
