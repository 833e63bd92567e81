import type { Check } from '../../../../../model/check.js';
import { fail, notApplicable, pass } from '../../../../check-kit.js';
import { eachGlobal } from '../../resource-kit.js';
import { CLOUDFRONT_DISTRIBUTIONS, type CloudFrontOrigin } from '../state.js';

const TYPE = 'AWS::CloudFront::Distribution';

/** S3 website endpoints (`bucket.s3-website-eu-west-1.amazonaws.com`, `…s3-website.eu-west-1…`) only serve public buckets. */
function isS3Website(o: CloudFrontOrigin): boolean {
  return o.kind === 'custom' && /\.s3-website[.-][a-z0-9-]+\.amazonaws\.com$/.test(o.domainName);
}

export const cloudFrontDistributionOriginAccessControl: Check = {
  meta: {
    id: 'aws.cloudfront.distribution-origin-access-control',
    title: 'CloudFront reaches S3 origins through origin access control',
    provider: 'aws',
    service: 'cloudfront',
    resourceType: TYPE,
    severity: 'medium',
    requires: [CLOUDFRONT_DISTRIBUTIONS],
    rationale:
      'With origin access control (OAC) CloudFront signs its requests to the bucket, so the bucket can stay private and accept only ' +
      'that distribution. Passes when every S3 origin has an OAC. Fails for S3 origins with only a legacy origin access identity ' +
      '(OAI: no SSE-KMS, no newer regions, deprecated by AWS), with neither (the bucket must then be public), and for S3 website ' +
      'endpoints used as custom origins (website hosting only serves public buckets). Distributions without S3 origins are not applicable.',
    remediation: {
      text: 'Create an origin access control, attach it to each S3 origin, and grant it in the bucket policy with an aws:SourceArn condition; then block public access on the bucket.',
      console: 'CloudFront → distribution → Origins → Edit → Origin access → Origin access control settings',
      cli: 'aws cloudfront create-origin-access-control --origin-access-control-config file://oac.json',
    },
  },
  evaluate(ctx) {
    return eachGlobal(ctx, CLOUDFRONT_DISTRIBUTIONS, TYPE, (d, resource) => {
      const s3 = d.origins.filter((o) => o.kind === 's3' || isS3Website(o));
      if (s3.length === 0) return notApplicable(resource, 'no-s3-origin', `Distribution ${d.name} has no S3 origin.`);
      const problems = s3.flatMap((o) => {
        if (isS3Website(o)) return [`${o.id} (public S3 website endpoint)`];
        if (o.originAccessControlId) return [];
        return [o.originAccessIdentity ? `${o.id} (legacy OAI)` : `${o.id} (no access control: bucket must be public)`];
      });
      return problems.length === 0
        ? pass(resource, 'oac', `Distribution ${d.name} reaches its S3 origins through origin access control.`, { s3Origins: s3.length })
        : fail(resource, 'no-oac', `Distribution ${d.name}: ${problems.join(', ')}.`, { problems });
    });
  },
};
