import type { Check } from '../../../../../model/check.js';
import { fail, pass } from '../../../../check-kit.js';
import { eachGlobal } from '../../resource-kit.js';
import { CLOUDFRONT_DISTRIBUTIONS } from '../state.js';

const TYPE = 'AWS::CloudFront::Distribution';

export const cloudFrontDistributionTlsMinimum: Check = {
  meta: {
    id: 'aws.cloudfront.distribution-tls-minimum',
    title: 'CloudFront distributions require TLS 1.2 or later from viewers',
    provider: 'aws',
    service: 'cloudfront',
    resourceType: TYPE,
    severity: 'medium',
    requires: [CLOUDFRONT_DISTRIBUTIONS],
    rationale:
      'With a custom certificate the security policy (MinimumProtocolVersion) sets the oldest protocol viewers may use. Passes for ' +
      "TLSv1.2_* and TLSv1.3_* policies; fails for SSLv3, TLSv1, TLSv1_2016 and TLSv1.1_2016. A distribution on CloudFront's " +
      'default *.cloudfront.net certificate fails too: CloudFront then accepts TLS 1.0 and the minimum cannot be raised.',
    remediation: {
      text: 'Use an ACM certificate for your domain and choose the TLSv1.2_2021 (or newer) security policy.',
      console: 'CloudFront → distribution → General → Settings → Edit → Security policy',
      cli: 'aws cloudfront update-distribution --id <id> --distribution-config file://config.json --if-match <etag>',
    },
  },
  evaluate(ctx) {
    return eachGlobal(ctx, CLOUDFRONT_DISTRIBUTIONS, TYPE, (d, resource) => {
      if (d.defaultCertificate)
        return fail(resource, 'default-certificate', `Distribution ${d.name} uses the default certificate, which still accepts TLS 1.0.`, {
          defaultCertificate: true,
        });
      const v = d.minimumProtocolVersion ?? 'unknown';
      return /^TLSv1\.[23]_/.test(v)
        ? pass(resource, 'tls12', `Distribution ${d.name} requires ${v}.`, { minimumProtocolVersion: v })
        : fail(resource, 'legacy-tls', `Distribution ${d.name} accepts protocols older than TLS 1.2 (${v}).`, {
            minimumProtocolVersion: v,
          });
    });
  },
};
