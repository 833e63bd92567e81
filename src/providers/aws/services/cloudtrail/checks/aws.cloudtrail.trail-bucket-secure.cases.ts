import { ACCOUNT, type CheckCases, denied, ok, snapshot } from '../../../../../../test/support/snapshot.js';
import type { Fetched } from '../../../../../model/fetched.js';
import { type PolicyDocument, parsePolicyDocument } from '../../../iam-policy.js';
import { publicCases } from '../../../policy/public.fixtures.js';
import {
  ALL_USERS_URI,
  type BucketAcl,
  type BucketLogging,
  S3_BUCKET_ACL,
  S3_BUCKET_LOGGING,
  S3_BUCKET_POLICY,
  S3_BUCKETS,
} from '../../s3/state.js';
import { CLOUDTRAIL_TRAILS } from '../state.js';
import { cloudTrailTrailBucketSecure as check } from './aws.cloudtrail.trail-bucket-secure.js';
import { trail } from './builders.fixtures.js';

const BUCKET = 'trail-logs';
const privateAcl: BucketAcl = { ownerId: 'owner', grants: [{ granteeType: 'CanonicalUser', id: 'owner', permission: 'FULL_CONTROL' }] };
const publicAcl: BucketAcl = {
  ownerId: 'owner',
  grants: [...privateAcl.grants, { granteeType: 'Group', uri: ALL_USERS_URI, permission: 'READ' }],
};
const logged: BucketLogging = { targetBucket: 'access-logs', targetPrefix: `${BUCKET}/` };

const policy = (principal: unknown, condition?: unknown): PolicyDocument =>
  parsePolicyDocument(
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'Read',
          Effect: 'Allow',
          Principal: principal,
          Action: 's3:GetObject',
          Resource: `arn:aws:s3:::${BUCKET}/*`,
          ...(condition ? { Condition: condition } : {}),
        },
      ],
    }),
  );
const cloudTrailWrite = policy({ Service: 'cloudtrail.amazonaws.com' }, { StringEquals: { 'aws:SourceAccount': ACCOUNT } });

function bucketIs(acl: Fetched<BucketAcl>, pol: Fetched<PolicyDocument | null>, log: Fetched<BucketLogging | null>) {
  return snapshot()
    .regional(CLOUDTRAIL_TRAILS, 'us-east-1', [trail('t')])
    .global(S3_BUCKETS, [{ name: BUCKET, arn: `arn:aws:s3:::${BUCKET}`, region: 'us-east-1' }])
    .global(S3_BUCKET_ACL, { [BUCKET]: acl })
    .global(S3_BUCKET_POLICY, { [BUCKET]: pol })
    .global(S3_BUCKET_LOGGING, { [BUCKET]: log });
}

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'private, logged bucket passes',
      snapshot: bucketIs(ok(privateAcl), ok(cloudTrailWrite), ok(logged)),
      expected: [['pass', 'trail-bucket-secure']],
    },
    {
      name: 'no policy at all is fine',
      snapshot: bucketIs(ok(privateAcl), ok(null), ok(logged)),
      expected: [['pass', 'trail-bucket-secure']],
    },
    {
      name: 'wildcard principal pinned to the organisation is not public',
      snapshot: bucketIs(ok(privateAcl), ok(policy('*', { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } })), ok(logged)),
      expected: [['pass', 'trail-bucket-secure']],
    },
    {
      name: 'AllUsers ACL grant fails',
      snapshot: bucketIs(ok(publicAcl), ok(null), ok(logged)),
      expected: [['fail', 'trail-bucket-public']],
    },
    {
      name: 'policy open to everyone fails',
      snapshot: bucketIs(ok(privateAcl), ok(policy('*')), ok(logged)),
      expected: [['fail', 'trail-bucket-public']],
    },
    ...publicCases(
      's3:GetObject',
      (p) => bucketIs(ok(privateAcl), ok(p), ok(logged)),
      { pass: 'trail-bucket-secure', fail: 'trail-bucket-public' },
      `arn:aws:s3:::${BUCKET}/*`,
    ),
    {
      name: 'no access logging fails',
      snapshot: bucketIs(ok(privateAcl), ok(null), ok(null)),
      expected: [['fail', 'trail-bucket-not-logged']],
    },
    {
      name: 'a bucket logging into itself fails',
      snapshot: bucketIs(ok(privateAcl), ok(null), ok({ targetBucket: BUCKET, targetPrefix: 'own/' })),
      expected: [['fail', 'trail-bucket-not-logged']],
    },
    {
      name: 'a bucket in a region outside the scan is not applicable',
      snapshot: bucketIs(ok(privateAcl), ok(null), ok(logged)).global(S3_BUCKETS, [
        { name: BUCKET, arn: `arn:aws:s3:::${BUCKET}`, region: 'eu-central-1' },
      ]),
      expected: [['not_applicable', 'bucket-outside-scanned-regions']],
    },
    {
      name: 'public and unlogged reports the public exposure',
      snapshot: bucketIs(ok(publicAcl), ok(null), ok(null)),
      expected: [['fail', 'trail-bucket-public']],
    },
    {
      name: 'bucket in another account is not applicable',
      snapshot: bucketIs(ok(privateAcl), ok(null), ok(logged)).regional(CLOUDTRAIL_TRAILS, 'us-east-1', [
        trail('t', { s3BucketName: 'central-logs' }),
      ]),
      expected: [['not_applicable', 'bucket-in-other-account']],
    },
    {
      name: 'a trail listed without its bucket name is an error, not not_applicable',
      snapshot: bucketIs(ok(privateAcl), ok(null), ok(logged)).regional(CLOUDTRAIL_TRAILS, 'us-east-1', [
        trail('t', { s3BucketName: undefined }),
      ]),
      expected: [['error', 'error.unknown']],
    },
    {
      name: 'denied bucket policy is an error',
      snapshot: bucketIs(ok(privateAcl), denied('s3:GetBucketPolicy'), ok(logged)),
      expected: [['error', 'error.denied']],
    },
    {
      name: 'denied bucket list is an error',
      snapshot: bucketIs(ok(privateAcl), ok(null), ok(logged)).global(S3_BUCKETS, denied('s3:ListBuckets', 's3:ListAllMyBuckets')),
      expected: [['error', 'error.denied']],
    },
    {
      name: 'denied trail list is an error',
      snapshot: snapshot().regional(CLOUDTRAIL_TRAILS, 'us-east-1', denied('cloudtrail:DescribeTrails')),
      expected: [['error', 'error.denied']],
    },
  ],
};
