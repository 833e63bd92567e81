import type { Check } from '../../../../../model/check.js';
import { fail, pass } from '../../../../check-kit.js';
import { ELBV2_ATTRIBUTES, ELBV2_LOAD_BALANCERS } from '../state.js';
import { eachByAttributes, LOAD_BALANCER } from './attributes.js';

export const elbv2AccessLoggingEnabled: Check = {
  meta: {
    id: 'aws.elbv2.access-logging-enabled',
    title: 'Load balancers write access logs',
    provider: 'aws',
    service: 'elbv2',
    resourceType: LOAD_BALANCER,
    severity: 'medium',
    requires: [ELBV2_LOAD_BALANCERS, ELBV2_ATTRIBUTES],
    rationale:
      'Access logs record every request (client address, path, status, TLS details) to S3; without them there is no record of who ' +
      'reached the service through the load balancer. Applies to application and network load balancers (gateway load balancers ' +
      'have no access logs). Passes when access_logs.s3.enabled is true; fails otherwise.',
    remediation: {
      text: 'Enable access logs to an S3 bucket whose policy lets the regional ELB service write to it.',
      console: 'EC2 → Load balancers → load balancer → Attributes → Edit → Access logs',
      cli: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn <arn> --attributes Key=access_logs.s3.enabled,Value=true Key=access_logs.s3.bucket,Value=<bucket>',
    },
  },
  evaluate(ctx) {
    return eachByAttributes(ctx, ['application', 'network'], (lb, attrs, resource) =>
      attrs['access_logs.s3.enabled'] === 'true'
        ? pass(resource, 'logging', `${lb.name} writes access logs to ${attrs['access_logs.s3.bucket'] ?? 'S3'}.`, {
            bucket: attrs['access_logs.s3.bucket'] ?? null,
          })
        : fail(resource, 'no-logging', `${lb.name} does not write access logs.`, { accessLogs: false }),
    );
  },
};
