import { type CheckCases, snapshot, throttled } from '../../../../../../test/support/snapshot.js';
import { one, origin } from '../state.fixtures.js';
import { CLOUDFRONT_DISTRIBUTIONS } from '../state.js';
import { cloudFrontDistributionOriginTls as check } from './aws.cloudfront.distribution-origin-tls.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'https-only origin passes', snapshot: one({ origins: [origin({})] }), expected: [['pass', 'origin-https']] },
    {
      name: 'match-viewer fails',
      snapshot: one({ origins: [origin({ originProtocolPolicy: 'match-viewer' })] }),
      expected: [['fail', 'origin-http']],
    },
    { name: 'S3 REST origins only is not applicable', snapshot: one(), expected: [['not_applicable', 'no-custom-origin']] },
    {
      name: 'throttled listing is an error',
      snapshot: snapshot().global(CLOUDFRONT_DISTRIBUTIONS, throttled()),
      expected: [['error', 'error.throttled']],
    },
  ],
};
