import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { deniedKey, throttledKey } from '../../cases.fixtures.js';
import { EMR_BLOCK_PUBLIC_ACCESS } from '../state.js';
import { emrBlockPublicAccessEnabled as check } from './aws.emr.block-public-access-enabled.js';
import { bpa } from './emr.fixtures.js';

const API = 'elasticmapreduce:GetBlockPublicAccessConfiguration';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'on with the SSH exception passes', snapshot: bpa(), expected: [['pass', 'on']] },
    { name: 'on with no exception passes', snapshot: bpa({ permittedRanges: [] }), expected: [['pass', 'on']] },
    { name: 'off fails', snapshot: bpa({ blockPublicSecurityGroupRules: false }), expected: [['fail', 'off']] },
    {
      name: 'an exception other than 22 fails',
      snapshot: bpa({
        permittedRanges: [
          [22, 22],
          [8080, 8090],
        ],
      }),
      expected: [['fail', 'extra-ports']],
    },
    {
      name: 'a range that includes 22 is not the SSH exception',
      snapshot: bpa({ permittedRanges: [[20, 22]] }),
      expected: [['fail', 'extra-ports']],
    },
    { name: 'denied read is an error', snapshot: deniedKey(EMR_BLOCK_PUBLIC_ACCESS, API), expected: [['error', 'error.denied']] },
    { name: 'throttled read is an error', snapshot: throttledKey(EMR_BLOCK_PUBLIC_ACCESS, API), expected: [['error', 'error.throttled']] },
  ],
};
