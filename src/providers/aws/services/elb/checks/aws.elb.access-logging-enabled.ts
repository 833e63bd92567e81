import type { Check } from '../../../../../model/check.js';
import { fail, pass } from '../../../../check-kit.js';
import { ELB_ATTRIBUTES, ELB_LOAD_BALANCERS } from '../state.js';
import { CLASSIC_LOAD_BALANCER, eachByAttributes } from './each.js';

export const elbAccessLoggingEnabled: Check = {
  meta: {
    id: 'aws.elb.access-logging-enabled',
    title: 'Classic load balancers write access logs',
    provider: 'aws',
    service: 'elb',
    resourceType: CLASSIC_LOAD_BALANCER,
    severity: 'medium',
    requires: [ELB_LOAD_BALANCERS, ELB_ATTRIBUTES],
    rationale:
      'Classic load balancer access logs record each request (client address, latency, path, status) to S3; they are off by ' +
      'default and without them nothing records who reached the service. Passes when the AccessLog attribute is enabled; fails otherwise.',
    remediation: {
      text: 'Enable access logs to an S3 bucket whose policy lets the regional ELB service write to it.',
      console: 'EC2 → Load balancers → classic load balancer → Attributes → Edit → Access logs',
      cli: 'aws elb modify-load-balancer-attributes --load-balancer-name <name> --load-balancer-attributes "{\\"AccessLog\\":{\\"Enabled\\":true,\\"S3BucketName\\":\\"<bucket>\\"}}"',
    },
  },
  evaluate(ctx) {
    return eachByAttributes(ctx, (lb, attrs, resource) =>
      attrs.accessLog
        ? pass(resource, 'logging', `${lb.name} writes access logs to ${attrs.accessLogBucket ?? 'S3'}.`, {
            bucket: attrs.accessLogBucket ?? null,
          })
        : fail(resource, 'no-logging', `${lb.name} does not write access logs.`, { accessLog: false }),
    );
  },
};
