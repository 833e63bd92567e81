import type { Check } from '../../../../../model/check.js';
import { fail, notApplicable, pass } from '../../../../check-kit.js';
import { eachGlobal } from '../../resource-kit.js';
import { CLOUDFRONT_DISTRIBUTIONS } from '../state.js';

const TYPE = 'AWS::CloudFront::Distribution';

export const cloudFrontDistributionOriginTls: Check = {
  meta: {
    id: 'aws.cloudfront.distribution-origin-tls',
    title: 'CloudFront connects to custom origins over HTTPS',
    provider: 'aws',
    service: 'cloudfront',
    resourceType: TYPE,
    severity: 'medium',
    requires: [CLOUDFRONT_DISTRIBUTIONS],
    rationale:
      "A custom origin's protocol policy decides how CloudFront talks to the backend across the internet. Passes when every custom " +
      'origin uses https-only; fails for http-only, and for match-viewer (plain HTTP to the origin whenever a viewer uses HTTP). ' +
      'S3 website endpoints, which only speak HTTP, fail here as well. Distributions with only S3 REST origins are not applicable.',
    remediation: {
      text: 'Set the origin protocol policy to HTTPS only, with a valid certificate on the origin.',
      console: 'CloudFront → distribution → Origins → Edit → Protocol → HTTPS only',
      cli: 'aws cloudfront update-distribution --id <id> --distribution-config file://config.json --if-match <etag>',
    },
  },
  evaluate(ctx) {
    return eachGlobal(ctx, CLOUDFRONT_DISTRIBUTIONS, TYPE, (d, resource) => {
      const custom = d.origins.filter((o) => o.kind === 'custom');
      if (custom.length === 0) return notApplicable(resource, 'no-custom-origin', `Distribution ${d.name} has no custom origin.`);
      const plain = custom.filter((o) => o.originProtocolPolicy !== 'https-only');
      return plain.length === 0
        ? pass(resource, 'origin-https', `Distribution ${d.name} reaches its custom origins over HTTPS only.`, {
            customOrigins: custom.length,
          })
        : fail(
            resource,
            'origin-http',
            `Distribution ${d.name} may reach ${plain.map((o) => `${o.id} (${o.originProtocolPolicy ?? 'unknown'})`).join(', ')} over HTTP.`,
            {
              origins: plain.map((o) => o.id),
            },
          );
    });
  },
};
