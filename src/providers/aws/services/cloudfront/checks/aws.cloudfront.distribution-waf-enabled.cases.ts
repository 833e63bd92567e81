import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { one } from '../state.fixtures.js';
import { CLOUDFRONT_DISTRIBUTIONS } from '../state.js';
import { cloudFrontDistributionWafEnabled as check } from './aws.cloudfront.distribution-waf-enabled.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'web ACL passes', snapshot: one(), expected: [['pass', 'waf']] },
    { name: 'no web ACL fails', snapshot: one({ webAclId: undefined }), expected: [['fail', 'no-waf']] },
    {
      name: 'denied listing is an error',
      snapshot: snapshot().global(CLOUDFRONT_DISTRIBUTIONS, denied()),
      expected: [['error', 'error.denied']],
    },
  ],
};
