import { type CheckCases, denied, ok } from '../../../../../../test/support/snapshot.js';
import type { PolicyDocument } from '../../../iam-policy.js';
import { S3_BUCKET_POLICY } from '../state.js';
import { s3BucketPolicyNotPublic as check } from './aws.s3.bucket-policy-not-public.js';
import { policy, publicRead, stmt, tlsDeny, withBuckets } from './builders.fixtures.js';

const withPolicy = (doc: PolicyDocument | null) => withBuckets().global(S3_BUCKET_POLICY, { a: ok(doc) });
const cond = (operator: string, key: string, ...values: string[]) => ({ condition: { [operator]: { [key]: values } } });

export const table: CheckCases = {
  check,
  cases: [
    { name: 'no policy passes', snapshot: withPolicy(null), expected: [['pass', 'policy-none']] },
    { name: 'TLS deny only passes', snapshot: withPolicy(policy(tlsDeny())), expected: [['pass', 'policy-not-public']] },
    {
      name: 'named account principal passes',
      snapshot: withPolicy(policy(publicRead('a', { principal: { AWS: ['arn:aws:iam::444455556666:root'] } }))),
      expected: [['pass', 'policy-not-public']],
    },
    {
      name: 'service principal passes',
      snapshot: withPolicy(policy(publicRead('a', { principal: { Service: ['cloudtrail.amazonaws.com'] } }))),
      expected: [['pass', 'policy-not-public']],
    },
    {
      name: 'wildcard pinned to the organisation passes',
      snapshot: withPolicy(policy(publicRead('a', cond('StringEquals', 'aws:PrincipalOrgID', 'o-abc123')))),
      expected: [['pass', 'policy-not-public']],
    },
    {
      name: 'wildcard pinned to a VPC endpoint (ForAnyValue) passes',
      snapshot: withPolicy(policy(publicRead('a', cond('ForAnyValue:StringEquals', 'aws:sourcevpce', 'vpce-1')))),
      expected: [['pass', 'policy-not-public']],
    },
    {
      name: 'wildcard pinned to an IP range passes',
      snapshot: withPolicy(policy(publicRead('a', cond('IpAddress', 'aws:SourceIp', '203.0.113.0/24')))),
      expected: [['pass', 'policy-not-public']],
    },
    {
      name: 'Principal * with no condition fails',
      snapshot: withPolicy(policy(tlsDeny(), publicRead())),
      expected: [['fail', 'policy-public']],
    },
    {
      name: 'NotPrincipal allow fails',
      snapshot: withPolicy(policy(publicRead('a', { principal: undefined, notPrincipal: { AWS: ['arn:aws:iam::444455556666:root'] } }))),
      expected: [['fail', 'policy-public']],
    },
    {
      name: 'IfExists condition does not restrict',
      snapshot: withPolicy(policy(publicRead('a', cond('StringEqualsIfExists', 'aws:SourceVpce', 'vpce-1')))),
      expected: [['fail', 'policy-public']],
    },
    {
      name: 'negated condition does not restrict',
      snapshot: withPolicy(policy(publicRead('a', cond('StringNotEquals', 'aws:PrincipalAccount', '111122223333')))),
      expected: [['fail', 'policy-public']],
    },
    {
      name: 'match-anything IP does not restrict',
      snapshot: withPolicy(policy(publicRead('a', cond('IpAddress', 'aws:SourceIp', '0.0.0.0/0')))),
      expected: [['fail', 'policy-public']],
    },
    {
      name: 'IP halves that cover IPv4 do not restrict',
      snapshot: withPolicy(policy(publicRead('a', cond('IpAddress', 'aws:SourceIp', '0.0.0.0/1', '128.0.0.0/1')))),
      expected: [['fail', 'policy-public']],
    },
    {
      name: 'any VPC endpoint (vpce-*) does not restrict',
      snapshot: withPolicy(policy(publicRead('a', cond('StringLike', 'aws:SourceVpce', 'vpce-*')))),
      expected: [['fail', 'policy-public']],
    },
    {
      name: 'any S3 bucket as source ARN does not restrict',
      snapshot: withPolicy(policy(publicRead('a', cond('ArnLike', 'aws:SourceArn', 'arn:aws:s3:::*')))),
      expected: [['fail', 'policy-public']],
    },
    {
      name: 'StringLike "*" does not restrict',
      snapshot: withPolicy(policy(publicRead('a', cond('StringLike', 'aws:SourceVpc', '*')))),
      expected: [['fail', 'policy-public']],
    },
    {
      name: 'unrelated condition does not restrict',
      snapshot: withPolicy(policy(publicRead('a', cond('Bool', 'aws:SecureTransport', 'true')))),
      expected: [['fail', 'policy-public']],
    },
    {
      name: 'Deny with Principal * is not a grant',
      snapshot: withPolicy(policy(stmt({ effect: 'Deny', principal: { AWS: ['*'] }, action: ['s3:DeleteBucket'], resource: ['*'] }))),
      expected: [['pass', 'policy-not-public']],
    },
    {
      name: 'denied is an error',
      snapshot: withBuckets().global(S3_BUCKET_POLICY, { a: denied('s3:GetBucketPolicy') }),
      expected: [['error', 'error.denied']],
    },
  ],
};
