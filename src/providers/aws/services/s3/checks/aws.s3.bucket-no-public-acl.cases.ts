import { type CheckCases, denied } from '../../../../../../test/support/snapshot.js';
import { type AclGrant, AUTHENTICATED_USERS_URI, S3_BUCKET_ACL } from '../state.js';
import { s3BucketNoPublicAcl as check } from './aws.s3.bucket-no-public-acl.js';
import { pab } from './builders.fixtures.js';
import { ALL_USERS_READ, exposed } from './public-cases.fixtures.js';

const group = (uri: string, permission: AclGrant['permission'] = 'READ'): AclGrant => ({ granteeType: 'Group', uri, permission });

export const table: CheckCases = {
  check,
  cases: [
    { name: 'owner only passes', snapshot: exposed(), expected: [['pass', 'acl-not-public']] },
    {
      name: 'log delivery group is not public',
      snapshot: exposed({ grants: [group('http://acs.amazonaws.com/groups/s3/LogDelivery', 'WRITE')] }),
      expected: [['pass', 'acl-not-public']],
    },
    {
      name: 'another account is not public',
      snapshot: exposed({ grants: [{ granteeType: 'CanonicalUser', id: 'partner-id', permission: 'READ' }] }),
      expected: [['pass', 'acl-not-public']],
    },
    { name: 'AllUsers READ fails', snapshot: exposed({ grants: [ALL_USERS_READ] }), expected: [['fail', 'acl-public']] },
    {
      name: 'AuthenticatedUsers WRITE fails',
      snapshot: exposed({ grants: [group(AUTHENTICATED_USERS_URI, 'WRITE')] }),
      expected: [['fail', 'acl-public']],
    },
    {
      name: 'IgnorePublicAcls at account level neutralises it (latent, reported elsewhere)',
      snapshot: exposed({ grants: [ALL_USERS_READ], account: pab(false, { ignorePublicAcls: true }) }),
      expected: [['pass', 'acl-public-ignored']],
    },
    {
      name: 'BlockPublicAcls alone does not',
      snapshot: exposed({ grants: [ALL_USERS_READ], bucket: pab(false, { blockPublicAcls: true }) }),
      expected: [['fail', 'acl-public']],
    },
    {
      name: 'denied is an error',
      snapshot: exposed().global(S3_BUCKET_ACL, { a: denied('s3:GetBucketAcl') }),
      expected: [['error', 'error.denied']],
    },
    {
      name: 'bucket missing from the map is an error',
      snapshot: exposed().global(S3_BUCKET_ACL, {}),
      expected: [['error', 'error.unknown']],
    },
  ],
};
