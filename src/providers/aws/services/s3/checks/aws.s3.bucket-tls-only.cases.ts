import { type CheckCases, denied, ok } from '../../../../../../test/support/snapshot.js';
import type { PolicyDocument } from '../../../iam-policy.js';
import { S3_BUCKET_POLICY } from '../state.js';
import { s3BucketTlsOnly as check } from './aws.s3.bucket-tls-only.js';
import { policy, publicRead, tlsDeny, withBuckets } from './builders.fixtures.js';

const withPolicy = (doc: PolicyDocument | null) => withBuckets().global(S3_BUCKET_POLICY, { a: ok(doc) });

export const table: CheckCases = {
  check,
  cases: [
    { name: 'textbook deny passes', snapshot: withPolicy(policy(publicRead(), tlsDeny())), expected: [['pass', 'tls-enforced']] },
    {
      name: 'action * and resource * pass',
      snapshot: withPolicy(policy(tlsDeny('a', { action: ['*'], resource: ['*'] }))),
      expected: [['pass', 'tls-enforced']],
    },
    {
      name: 'one wildcard resource covering bucket and objects passes',
      snapshot: withPolicy(policy(tlsDeny('a', { resource: ['arn:aws:s3:::a*'] }))),
      expected: [['pass', 'tls-enforced']],
    },
    {
      name: 'lower-case key and BoolIfExists pass',
      snapshot: withPolicy(policy(tlsDeny('a', { condition: { BoolIfExists: { 'aws:securetransport': ['false'] } } }))),
      expected: [['pass', 'tls-enforced']],
    },
    { name: 'no policy fails', snapshot: withPolicy(null), expected: [['fail', 'tls-no-policy']] },
    { name: 'policy without the deny fails', snapshot: withPolicy(policy(publicRead())), expected: [['fail', 'tls-not-enforced']] },
    {
      name: 'objects only fails',
      snapshot: withPolicy(policy(tlsDeny('a', { resource: ['arn:aws:s3:::a/*'] }))),
      expected: [['fail', 'tls-not-enforced']],
    },
    {
      name: 'some objects only fails',
      snapshot: withPolicy(policy(tlsDeny('a', { resource: ['arn:aws:s3:::a', 'arn:aws:s3:::a/private/*'] }))),
      expected: [['fail', 'tls-not-enforced']],
    },
    { name: 'another bucket fails', snapshot: withPolicy(policy(tlsDeny('other'))), expected: [['fail', 'tls-not-enforced']] },
    {
      name: 'GetObject only fails',
      snapshot: withPolicy(policy(tlsDeny('a', { action: ['s3:GetObject'] }))),
      expected: [['fail', 'tls-not-enforced']],
    },
    {
      name: 'a named principal fails',
      snapshot: withPolicy(policy(tlsDeny('a', { principal: { AWS: ['arn:aws:iam::444455556666:root'] } }))),
      expected: [['fail', 'tls-not-enforced']],
    },
    {
      name: 'SecureTransport true is not a TLS deny',
      snapshot: withPolicy(policy(tlsDeny('a', { condition: { Bool: { 'aws:SecureTransport': ['true'] } } }))),
      expected: [['fail', 'tls-not-enforced']],
    },
    {
      name: 'an extra condition narrows the deny and fails',
      snapshot: withPolicy(
        policy(tlsDeny('a', { condition: { Bool: { 'aws:SecureTransport': ['false'] }, StringEquals: { 'aws:SourceVpce': ['vpce-1'] } } })),
      ),
      expected: [['fail', 'tls-not-enforced']],
    },
    {
      name: 'an Allow is not a deny',
      snapshot: withPolicy(policy(tlsDeny('a', { effect: 'Allow' }))),
      expected: [['fail', 'tls-not-enforced']],
    },
    {
      name: 'denied is an error',
      snapshot: withBuckets().global(S3_BUCKET_POLICY, { a: denied('s3:GetBucketPolicy') }),
      expected: [['error', 'error.denied']],
    },
  ],
};
