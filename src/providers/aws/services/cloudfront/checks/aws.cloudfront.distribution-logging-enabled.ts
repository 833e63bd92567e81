import type { Check } from '../../../../../model/check.js';
import { all, fail, lookup, pass, readFetched } from '../../../../check-kit.js';
import { eachGlobal } from '../../resource-kit.js';
import { CLOUDFRONT_DISTRIBUTIONS, CLOUDFRONT_LEGACY_LOGGING, CLOUDFRONT_LOG_DELIVERIES } from '../state.js';

const TYPE = 'AWS::CloudFront::Distribution';

export const cloudFrontDistributionLoggingEnabled: Check = {
  meta: {
    id: 'aws.cloudfront.distribution-logging-enabled',
    title: 'CloudFront distributions log viewer requests',
    provider: 'aws',
    service: 'cloudfront',
    resourceType: TYPE,
    severity: 'medium',
    requires: [CLOUDFRONT_DISTRIBUTIONS, CLOUDFRONT_LEGACY_LOGGING, CLOUDFRONT_LOG_DELIVERIES],
    rationale:
      'Access logs record each viewer request CloudFront served or refused. Passes when the distribution has legacy standard ' +
      'logging to S3 (DistributionConfig.Logging.Enabled) or a standard-logging-v2 delivery (a CloudWatch Logs ACCESS_LOGS delivery ' +
      'source for the distribution with at least one delivery); fails when it has neither. If one source says no and the other ' +
      'could not be read, the result is an error.',
    remediation: {
      text: 'Turn on standard logging (to CloudWatch Logs, S3 or Firehose) for the distribution.',
      console: 'CloudFront → distribution → Logging → Add → destination',
      cli: 'aws logs put-delivery-source --name <name> --resource-arn <distribution-arn> --log-type ACCESS_LOGS --region us-east-1',
    },
  },
  evaluate(ctx) {
    return eachGlobal(ctx, CLOUDFRONT_DISTRIBUTIONS, TYPE, (d, resource) => {
      const legacy = lookup(ctx, CLOUDFRONT_LEGACY_LOGGING, d.name);
      const v2 = readFetched(ctx, CLOUDFRONT_LOG_DELIVERIES);
      if (legacy.ok && legacy.value)
        return pass(resource, 'legacy-logging', `Distribution ${d.name} logs to S3 (legacy standard logging).`, { legacy: true });
      if (v2.ok && v2.value.includes(d.arn))
        return pass(resource, 'v2-logging', `Distribution ${d.name} delivers access logs (standard logging v2).`, { v2: true });
      const got = all(resource, [legacy, v2]);
      return got.ok
        ? fail(resource, 'no-logging', `Distribution ${d.name} does not log viewer requests.`, { legacy: false, v2: false })
        : got.finding;
    });
  },
};
