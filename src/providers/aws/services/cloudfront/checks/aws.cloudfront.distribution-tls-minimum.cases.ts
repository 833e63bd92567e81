import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { one } from '../state.fixtures.js';
import { CLOUDFRONT_DISTRIBUTIONS } from '../state.js';
import { cloudFrontDistributionTlsMinimum as check } from './aws.cloudfront.distribution-tls-minimum.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'TLSv1.2_2021 passes', snapshot: one(), expected: [['pass', 'tls12']] },
    { name: 'TLSv1.1_2016 fails', snapshot: one({ minimumProtocolVersion: 'TLSv1.1_2016' }), expected: [['fail', 'legacy-tls']] },
    {
      name: 'the default certificate fails',
      snapshot: one({ defaultCertificate: true, minimumProtocolVersion: 'TLSv1' }),
      expected: [['fail', 'default-certificate']],
    },
    {
      name: 'denied listing is an error',
      snapshot: snapshot().global(CLOUDFRONT_DISTRIBUTIONS, denied()),
      expected: [['error', 'error.denied']],
    },
  ],
};
