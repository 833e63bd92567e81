/** The demo estate's CloudFront: a hardened shop front and an old marketing site on legacy settings. */
import { DEMO_ACCOUNT } from '../../../../../demo/aws/clock.js';
import type { FakeHandlers } from '../../simulator.js';

const arn = (id: string) => `arn:aws:cloudfront::${DEMO_ACCOUNT}:distribution/${id}`;

const SHOP = {
  Id: 'E1SHOPDEMO',
  ARN: arn('E1SHOPDEMO'),
  DomainName: 'd111shop.cloudfront.net',
  DefaultCacheBehavior: { ViewerProtocolPolicy: 'redirect-to-https', TargetOriginId: 'assets' },
  CacheBehaviors: { Quantity: 1, Items: [{ PathPattern: '/api/*', ViewerProtocolPolicy: 'https-only', TargetOriginId: 'api' }] },
  ViewerCertificate: {
    ACMCertificateArn: `arn:aws:acm:us-east-1:${DEMO_ACCOUNT}:certificate/shop`,
    MinimumProtocolVersion: 'TLSv1.2_2021',
    CloudFrontDefaultCertificate: false,
  },
  Origins: {
    Quantity: 2,
    Items: [
      {
        Id: 'assets',
        DomainName: 'acme-shop-assets.s3.eu-west-1.amazonaws.com',
        S3OriginConfig: { OriginAccessIdentity: '' },
        OriginAccessControlId: 'E2OACSHOP',
      },
      {
        Id: 'api',
        DomainName: 'api.shop.example.com',
        CustomOriginConfig: { OriginProtocolPolicy: 'https-only', HTTPPort: 80, HTTPSPort: 443 },
      },
    ],
  },
  WebACLId: `arn:aws:wafv2:us-east-1:${DEMO_ACCOUNT}:global/webacl/edge-protection/1a2b3c`,
};

const MARKETING = {
  Id: 'E2MKTDEMO',
  ARN: arn('E2MKTDEMO'),
  DomainName: 'd222mkt.cloudfront.net',
  DefaultCacheBehavior: { ViewerProtocolPolicy: 'allow-all', TargetOriginId: 'site' },
  ViewerCertificate: { CloudFrontDefaultCertificate: true, MinimumProtocolVersion: 'TLSv1' },
  Origins: {
    Quantity: 1,
    Items: [
      {
        Id: 'site',
        DomainName: 'acme-marketing.s3-website-eu-west-1.amazonaws.com',
        CustomOriginConfig: { OriginProtocolPolicy: 'http-only', HTTPPort: 80, HTTPSPort: 443 },
      },
    ],
  },
  WebACLId: '',
};

export const demo: Partial<Record<string, FakeHandlers>> = {
  cloudfront: {
    ListDistributions: () => ({ DistributionList: { Items: [SHOP, MARKETING], Quantity: 2, IsTruncated: false } }),
    GetDistributionConfig: (input) => ({
      DistributionConfig: { Logging: { Enabled: input.Id === 'E1SHOPDEMO', Bucket: 'acme-cf-logs.s3.amazonaws.com', Prefix: '' } },
    }),
  },
  // Standard logging v2 in CloudWatch Logs: the demo has none, so only the legacy S3 logging counts.
  logs: { DescribeDeliverySources: () => ({ deliverySources: [] }) },
};
