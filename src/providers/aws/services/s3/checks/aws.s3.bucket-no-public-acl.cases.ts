import { type CheckCases, denied, ok } from '../../../../../../test/support/snapshot.js';
import { type AclGrant, ALL_USERS_URI, AUTHENTICATED_USERS_URI, S3_BUCKET_ACL } from '../state.js';
import { s3BucketNoPublicAcl as check } from './aws.s3.bucket-no-public-acl.js';
import { withBuckets } from './builders.fixtures.js';

const owner: AclGrant = { granteeType: 'CanonicalUser', id: 'owner-canonical-id', permission: 'FULL_CONTROL' };
const group = (uri: string, permission: AclGrant['permission'] = 'READ'): AclGrant => ({ granteeType: 'Group', uri, permission });
const acl = (...grants: AclGrant[]) => withBuckets().global(S3_BUCKET_ACL, { a: ok({ ownerId: 'owner-canonical-id', grants }) });

export const table: CheckCases = {
  check,
  cases: [
    { name: 'owner only passes', snapshot: acl(owner), expected: [['pass', 'acl-not-public']] },
    {
      name: 'log delivery group is not public',
      snapshot: acl(owner, group('http://acs.amazonaws.com/groups/s3/LogDelivery', 'WRITE')),
      expected: [['pass', 'acl-not-public']],
    },
    {
      name: 'another account is not public',
      snapshot: acl(owner, { granteeType: 'CanonicalUser', id: 'partner-id', permission: 'READ' }),
      expected: [['pass', 'acl-not-public']],
    },
    { name: 'AllUsers READ fails', snapshot: acl(owner, group(ALL_USERS_URI)), expected: [['fail', 'acl-public']] },
    {
      name: 'AuthenticatedUsers WRITE fails',
      snapshot: acl(owner, group(AUTHENTICATED_USERS_URI, 'WRITE')),
      expected: [['fail', 'acl-public']],
    },
    {
      name: 'denied is an error',
      snapshot: withBuckets().global(S3_BUCKET_ACL, { a: denied('s3:GetBucketAcl') }),
      expected: [['error', 'error.denied']],
    },
    {
      name: 'bucket missing from the map is an error',
      snapshot: withBuckets().global(S3_BUCKET_ACL, {}),
      expected: [['error', 'error.unknown']],
    },
  ],
};
