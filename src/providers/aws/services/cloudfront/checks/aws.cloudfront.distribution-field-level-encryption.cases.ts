import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { one } from '../state.fixtures.js';
import { CLOUDFRONT_DISTRIBUTIONS } from '../state.js';
import { cloudFrontDistributionFieldLevelEncryption as check } from './aws.cloudfront.distribution-field-level-encryption.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'field-level encryption passes', snapshot: one({ fieldLevelEncryptionId: 'C1' }), expected: [['pass', 'fle']] },
    { name: 'none fails', snapshot: one(), expected: [['fail', 'no-fle']] },
    {
      name: 'denied listing is an error',
      snapshot: snapshot().global(CLOUDFRONT_DISTRIBUTIONS, denied()),
      expected: [['error', 'error.denied']],
    },
  ],
};
