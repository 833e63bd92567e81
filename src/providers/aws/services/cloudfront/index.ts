import type { AwsService } from '../../service.js';
import { cloudFrontDistributionFieldLevelEncryption } from './checks/aws.cloudfront.distribution-field-level-encryption.js';
import { cloudFrontDistributionLoggingEnabled } from './checks/aws.cloudfront.distribution-logging-enabled.js';
import { cloudFrontDistributionOriginAccessControl } from './checks/aws.cloudfront.distribution-origin-access-control.js';
import { cloudFrontDistributionOriginTls } from './checks/aws.cloudfront.distribution-origin-tls.js';
import { cloudFrontDistributionTlsMinimum } from './checks/aws.cloudfront.distribution-tls-minimum.js';
import { cloudFrontDistributionViewerHttps } from './checks/aws.cloudfront.distribution-viewer-https.js';
import { cloudFrontDistributionWafEnabled } from './checks/aws.cloudfront.distribution-waf-enabled.js';
import { cloudFrontCollectors } from './collect.js';
import { demo } from './demo.js';

export const cloudfront: AwsService = {
  id: 'cloudfront',
  collectors: cloudFrontCollectors,
  checks: [
    cloudFrontDistributionFieldLevelEncryption,
    cloudFrontDistributionLoggingEnabled,
    cloudFrontDistributionOriginAccessControl,
    cloudFrontDistributionOriginTls,
    cloudFrontDistributionTlsMinimum,
    cloudFrontDistributionViewerHttps,
    cloudFrontDistributionWafEnabled,
  ],
  links: new URL('./links.yaml', import.meta.url),
  demo,
};
