import { type CheckCases, denied, ok } from '../../../../../../test/support/snapshot.js';
import { ORGANIZATIONS_MEMBERSHIP } from '../../organizations/state.js';
import { S3_BUCKET_POLICY } from '../state.js';
import { s3BucketPolicyNoOutsideAccess as check } from './aws.s3.bucket-policy-no-outside-access.js';
import { policy, publicRead, stmt, withBuckets } from './builders.fixtures.js';

const ORG = { id: 'o-abc123', managementAccountId: '999988887777' };
const withPolicy = (doc: ReturnType<typeof policy> | null, org: Parameters<ReturnType<typeof withBuckets>['global']>[1] = ORG) =>
  withBuckets()
    .global(S3_BUCKET_POLICY, { a: ok(doc) })
    .global(ORGANIZATIONS_MEMBERSHIP, org);
const partner = stmt({
  sid: 'Partner',
  effect: 'Allow',
  principal: { AWS: ['arn:aws:iam::444455556666:root'] },
  action: ['s3:GetObject'],
  resource: ['arn:aws:s3:::a/*'],
});
const orgOnly = publicRead('a', { condition: { StringEquals: { 'aws:PrincipalOrgID': ['o-abc123'] } } });

export const table: CheckCases = {
  check,
  cases: [
    { name: 'no policy passes', snapshot: withPolicy(null), expected: [['pass', 'no-outside-access']] },
    { name: 'own organisation only passes', snapshot: withPolicy(policy(orgOnly)), expected: [['pass', 'no-outside-access']] },
    { name: 'another account fails', snapshot: withPolicy(policy(partner)), expected: [['fail', 'external-accounts']] },
    { name: 'public fails', snapshot: withPolicy(policy(publicRead())), expected: [['fail', 'public']] },
    {
      name: 'another organisation fails',
      snapshot: withPolicy(policy(publicRead('a', { condition: { StringEquals: { 'aws:PrincipalOrgID': ['o-zzz999'] } } }))),
      expected: [['fail', 'other-organisation']],
    },
    {
      name: 'organisation unreadable while the policy relies on aws:PrincipalOrgID is an error',
      snapshot: withPolicy(policy(orgOnly), denied('organizations:DescribeOrganization')),
      expected: [['error', 'error.denied']],
    },
    {
      name: 'policy unreadable is an error',
      snapshot: withBuckets()
        .global(S3_BUCKET_POLICY, { a: denied('s3:GetBucketPolicy') })
        .global(ORGANIZATIONS_MEMBERSHIP, ORG),
      expected: [['error', 'error.denied']],
    },
  ],
};
