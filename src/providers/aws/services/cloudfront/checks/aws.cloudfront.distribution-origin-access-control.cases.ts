import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { one, origin } from '../state.fixtures.js';
import { CLOUDFRONT_DISTRIBUTIONS } from '../state.js';
import { cloudFrontDistributionOriginAccessControl as check } from './aws.cloudfront.distribution-origin-access-control.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'OAC passes', snapshot: one(), expected: [['pass', 'oac']] },
    {
      name: 'legacy OAI fails',
      snapshot: one({
        origins: [
          origin({ id: 's3', kind: 's3', domainName: 'b.s3.amazonaws.com', originAccessIdentity: 'origin-access-identity/cloudfront/E9' }),
        ],
      }),
      expected: [['fail', 'no-oac']],
    },
    {
      name: 'no access control fails',
      snapshot: one({ origins: [origin({ id: 's3', kind: 's3', domainName: 'b.s3.amazonaws.com' })] }),
      expected: [['fail', 'no-oac']],
    },
    {
      name: 'S3 website origin fails',
      snapshot: one({ origins: [origin({ domainName: 'site.s3-website-eu-west-1.amazonaws.com', originProtocolPolicy: 'http-only' })] }),
      expected: [['fail', 'no-oac']],
    },
    {
      name: 'custom origins only is not applicable',
      snapshot: one({ origins: [origin({})] }),
      expected: [['not_applicable', 'no-s3-origin']],
    },
    {
      name: 'denied listing is an error',
      snapshot: snapshot().global(CLOUDFRONT_DISTRIBUTIONS, denied()),
      expected: [['error', 'error.denied']],
    },
  ],
};
