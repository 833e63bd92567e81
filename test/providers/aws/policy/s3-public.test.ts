import { describe, expect, it } from 'vitest';
import { parsePolicyDocument } from '../../../../src/providers/aws/iam-policy.js';
import { type PublicAccessBlockSwitches, type S3PublicInput, s3PublicAccess } from '../../../../src/providers/aws/policy/index.js';

const ME = '111122223333';
const publicPolicy = parsePolicyDocument(
  JSON.stringify({ Statement: { Sid: 'Public', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' } }),
);
const ipPolicy = parsePolicyDocument(
  JSON.stringify({
    Statement: {
      Effect: 'Allow',
      Principal: '*',
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::b/*',
      Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
    },
  }),
);
const allUsersRead = [{ granteeType: 'Group', uri: 'http://acs.amazonaws.com/groups/global/AllUsers', permission: 'READ' }];
const off: PublicAccessBlockSwitches = {
  blockPublicAcls: false,
  ignorePublicAcls: false,
  blockPublicPolicy: false,
  restrictPublicBuckets: false,
};
const on = (...sw: (keyof PublicAccessBlockSwitches)[]): PublicAccessBlockSwitches => ({
  ...off,
  ...Object.fromEntries(sw.map((s) => [s, true])),
});
const input = (over: Partial<S3PublicInput>): S3PublicInput => ({
  account: ME,
  policy: null,
  aclGrants: [],
  accountBlock: null,
  bucketBlock: null,
  ...over,
});

describe('s3PublicAccess', () => {
  it.each<[string, Partial<S3PublicInput>, { effective: object; latent: object }]>([
    [
      'a public policy, no Block Public Access',
      { policy: publicPolicy },
      { effective: { policy: true, acl: false }, latent: { policy: false, acl: false } },
    ],
    [
      'a public policy, RestrictPublicBuckets on the account',
      { policy: publicPolicy, accountBlock: on('restrictPublicBuckets') },
      { effective: { policy: false, acl: false }, latent: { policy: true, acl: false } },
    ],
    [
      'a public policy, RestrictPublicBuckets on the bucket',
      { policy: publicPolicy, bucketBlock: on('restrictPublicBuckets') },
      { effective: { policy: false, acl: false }, latent: { policy: true, acl: false } },
    ],
    [
      'BlockPublicPolicy does not neutralise an existing public policy',
      { policy: publicPolicy, accountBlock: on('blockPublicPolicy') },
      { effective: { policy: true, acl: false }, latent: { policy: false, acl: false } },
    ],
    ['a public ACL', { aclGrants: allUsersRead }, { effective: { policy: false, acl: true }, latent: { policy: false, acl: false } }],
    [
      'a public ACL, IgnorePublicAcls on',
      { aclGrants: allUsersRead, bucketBlock: on('ignorePublicAcls') },
      { effective: { policy: false, acl: false }, latent: { policy: false, acl: true } },
    ],
    [
      'BlockPublicAcls does not neutralise an existing public ACL',
      { aclGrants: allUsersRead, accountBlock: on('blockPublicAcls') },
      { effective: { policy: false, acl: true }, latent: { policy: false, acl: false } },
    ],
    [
      'a policy limited to fixed source addresses is not public',
      { policy: ipPolicy },
      { effective: { policy: false, acl: false }, latent: { policy: false, acl: false } },
    ],
    [
      'an AuthenticatedUsers grant is public too',
      { aclGrants: [{ granteeType: 'Group', uri: 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers', permission: 'WRITE' }] },
      { effective: { policy: false, acl: true }, latent: { policy: false, acl: false } },
    ],
  ])('%s', (_t, over, want) => {
    const v = s3PublicAccess(input(over));
    expect({ effective: v.effective, latent: v.latent }).toEqual(want);
  });
  it('says which level neutralises, and what was granted', () => {
    const v = s3PublicAccess(
      input({
        policy: publicPolicy,
        aclGrants: allUsersRead,
        accountBlock: on('restrictPublicBuckets', 'ignorePublicAcls'),
        bucketBlock: on('ignorePublicAcls'),
      }),
    );
    expect(v.neutralisedBy).toEqual({ policy: ['account'], acl: ['account', 'bucket'] });
    expect(v.grants).toEqual({ policyStatements: ['Public'], aclGrants: ['AllUsers:READ'] });
  });
});
