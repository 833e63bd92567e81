/** Builders for the CloudFront case tables. */
import { snapshot } from '../../../../../test/support/snapshot.js';
import { CLOUDFRONT_DISTRIBUTIONS, type CloudFrontDistribution, type CloudFrontOrigin } from './state.js';

export const ARN = 'arn:aws:cloudfront::111122223333:distribution/E1';

export function dist(extra: Partial<CloudFrontDistribution> = {}): CloudFrontDistribution {
  return {
    name: 'E1',
    arn: ARN,
    domainName: 'd1.cloudfront.net',
    viewerProtocolPolicies: { '*': 'redirect-to-https' },
    defaultCertificate: false,
    minimumProtocolVersion: 'TLSv1.2_2021',
    origins: [{ id: 's3', domainName: 'b.s3.us-east-1.amazonaws.com', kind: 's3', originAccessControlId: 'E2OAC' }],
    webAclId: 'arn:aws:wafv2:us-east-1:111122223333:global/webacl/edge/1',
    ...extra,
  };
}

export function origin(extra: Partial<CloudFrontOrigin>): CloudFrontOrigin {
  return { id: 'o', domainName: 'api.example.com', kind: 'custom', originProtocolPolicy: 'https-only', ...extra };
}

export const one = (extra: Partial<CloudFrontDistribution> = {}) => snapshot().global(CLOUDFRONT_DISTRIBUTIONS, [dist(extra)]);
