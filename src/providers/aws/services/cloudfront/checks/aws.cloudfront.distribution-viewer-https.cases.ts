import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { one } from '../state.fixtures.js';
import { CLOUDFRONT_DISTRIBUTIONS } from '../state.js';
import { cloudFrontDistributionViewerHttps as check } from './aws.cloudfront.distribution-viewer-https.js';

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'redirect and https-only pass',
      snapshot: one({ viewerProtocolPolicies: { '*': 'redirect-to-https', '/api/*': 'https-only' } }),
      expected: [['pass', 'https-only']],
    },
    {
      name: 'one allow-all behaviour fails',
      snapshot: one({ viewerProtocolPolicies: { '*': 'redirect-to-https', '/img/*': 'allow-all' } }),
      expected: [['fail', 'allows-http']],
    },
    {
      name: 'denied listing is an error',
      snapshot: snapshot().global(CLOUDFRONT_DISTRIBUTIONS, denied('cloudfront:ListDistributions')),
      expected: [['error', 'error.denied']],
    },
  ],
};
