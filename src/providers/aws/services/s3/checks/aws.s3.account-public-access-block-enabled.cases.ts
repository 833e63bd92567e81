import { type CheckCases, denied, snapshot, throttled } from '../../../../../../test/support/snapshot.js';
import type { Fetched } from '../../../../../model/fetched.js';
import { type PublicAccessBlock, S3_ACCOUNT_PUBLIC_ACCESS_BLOCK } from '../state.js';
import { s3AccountPublicAccessBlockEnabled as check } from './aws.s3.account-public-access-block-enabled.js';
import { pab } from './builders.fixtures.js';

const account = (v: PublicAccessBlock | null | Fetched<PublicAccessBlock | null>) => snapshot().global(S3_ACCOUNT_PUBLIC_ACCESS_BLOCK, v);

export const table: CheckCases = {
  check,
  cases: [
    { name: 'all four on passes', snapshot: account(pab(true)), expected: [['pass', 'account-bpa-enabled']] },
    {
      name: 'one switch off fails',
      snapshot: account(pab(true, { restrictPublicBuckets: false })),
      expected: [['fail', 'account-bpa-partial']],
    },
    { name: 'all off fails', snapshot: account(pab(false)), expected: [['fail', 'account-bpa-partial']] },
    { name: 'never configured fails', snapshot: account(null), expected: [['fail', 'account-bpa-missing']] },
    {
      name: 'denied is an error',
      snapshot: account(denied('s3control:GetPublicAccessBlock', 's3:GetAccountPublicAccessBlock')),
      expected: [['error', 'error.denied']],
    },
    {
      name: 'throttled is an error',
      snapshot: account(throttled('s3control:GetPublicAccessBlock')),
      expected: [['error', 'error.throttled']],
    },
    { name: 'not collected is an error', snapshot: snapshot(), expected: [['error', 'error.unknown']] },
  ],
};
