import { type CheckCases, denied } from '../../../../../../test/support/snapshot.js';
import { s3BucketPublicAccessLatent as check } from './aws.s3.bucket-public-access-latent.js';
import { pab } from './builders.fixtures.js';
import { ALL_USERS_READ, exposed, PUBLIC_POLICY } from './public-cases.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'nothing public passes', snapshot: exposed(), expected: [['pass', 'no-public-grant']] },
    {
      name: 'public policy restricted at account level fails as latent',
      snapshot: exposed({ policy: PUBLIC_POLICY, account: pab(true) }),
      expected: [['fail', 'public-grant-neutralised']],
    },
    {
      name: 'public ACL ignored at bucket level fails as latent',
      snapshot: exposed({ grants: [ALL_USERS_READ], bucket: pab(false, { ignorePublicAcls: true }) }),
      expected: [['fail', 'public-grant-neutralised']],
    },
    {
      name: 'an effective public policy is not latent',
      snapshot: exposed({ policy: PUBLIC_POLICY }),
      expected: [['not_applicable', 'public-grant-effective']],
    },
    {
      name: 'BlockPublicPolicy alone leaves the policy effective',
      snapshot: exposed({ policy: PUBLIC_POLICY, account: pab(false, { blockPublicPolicy: true }) }),
      expected: [['not_applicable', 'public-grant-effective']],
    },
    {
      name: 'account level unreadable and the bucket level does not restrict: error',
      snapshot: exposed({ policy: PUBLIC_POLICY, account: denied('s3control:GetPublicAccessBlock') }),
      expected: [['error', 'error.denied']],
    },
    {
      name: 'account level unreadable but the bucket level restricts: decided',
      snapshot: exposed({ policy: PUBLIC_POLICY, account: denied('s3control:GetPublicAccessBlock'), bucket: pab(true) }),
      expected: [['fail', 'public-grant-neutralised']],
    },
  ],
};
