import { type CheckCases, denied, ok } from '../../../../../../test/support/snapshot.js';
import { S3_BUCKET_POLICY } from '../state.js';
import { s3BucketPolicyNotPublic as check } from './aws.s3.bucket-policy-not-public.js';
import { pab, policy, publicRead, stmt } from './builders.fixtures.js';
import { exposed, PUBLIC_POLICY } from './public-cases.fixtures.js';

const ORG = { StringEquals: { 'aws:PrincipalOrgID': ['o-abc123'] } };

export const table: CheckCases = {
  check,
  cases: [
    { name: 'no policy passes', snapshot: exposed(), expected: [['pass', 'policy-not-public']] },
    {
      name: 'public read with Block Public Access off fails',
      snapshot: exposed({ policy: PUBLIC_POLICY }),
      expected: [['fail', 'policy-public']],
    },
    {
      name: 'public read restricted by RestrictPublicBuckets passes (latent, reported elsewhere)',
      snapshot: exposed({ policy: PUBLIC_POLICY, account: pab(false, { restrictPublicBuckets: true }) }),
      expected: [['pass', 'policy-public-restricted']],
    },
    {
      name: 'limited to the organisation passes',
      snapshot: exposed({ policy: policy(publicRead('a', { condition: ORG })) }),
      expected: [['pass', 'policy-not-public']],
    },
    {
      name: 'StringEqualsIfExists on the organisation is still public',
      snapshot: exposed({
        policy: policy(publicRead('a', { condition: { StringEqualsIfExists: { 'aws:PrincipalOrgID': ['o-abc123'] } } })),
      }),
      expected: [['fail', 'policy-public']],
    },
    {
      name: 'source ranges adding up to the internet are public',
      snapshot: exposed({
        policy: policy(publicRead('a', { condition: { IpAddress: { 'aws:SourceIp': ['0.0.0.0/1', '128.0.0.0/1'] } } })),
      }),
      expected: [['fail', 'policy-public']],
    },
    {
      name: 'NotPrincipal with Allow is public',
      snapshot: exposed({
        policy: policy(
          stmt({
            effect: 'Allow',
            notPrincipal: { AWS: ['arn:aws:iam::444455556666:root'] },
            action: ['s3:GetObject'],
            resource: ['arn:aws:s3:::a/*'],
          }),
        ),
      }),
      expected: [['fail', 'policy-public']],
    },
    {
      name: 'policy unreadable is an error',
      snapshot: exposed().global(S3_BUCKET_POLICY, { a: denied('s3:GetBucketPolicy') }),
      expected: [['error', 'error.denied']],
    },
    {
      name: 'bucket-level Block Public Access unreadable for a public policy is an error',
      snapshot: exposed({ policy: PUBLIC_POLICY, bucket: denied('s3:GetBucketPublicAccessBlock') }),
      expected: [['error', 'error.denied']],
    },
    {
      name: 'a missing policy read with ok(null) passes',
      snapshot: exposed().global(S3_BUCKET_POLICY, { a: ok(null) }),
      expected: [['pass', 'policy-not-public']],
    },
  ],
};
