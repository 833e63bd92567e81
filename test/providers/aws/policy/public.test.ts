import { describe, expect, it } from 'vitest';
import { parsePolicyDocument } from '../../../../src/providers/aws/iam-policy.js';
import { resourceExposure } from '../../../../src/providers/aws/policy/exposure.js';

const ME = '111122223333';
const QUEUE = `arn:aws:sqs:us-east-1:${ME}:q`;
const doc = (...statements: object[]) => parsePolicyDocument(JSON.stringify({ Version: '2012-10-17', Statement: statements }));
const open = (extra: object = {}) => ({
  Effect: 'Allow',
  Principal: '*',
  Action: ['sqs:SendMessage', 'sqs:ReceiveMessage'],
  Resource: QUEUE,
  ...extra,
});
const deny = (extra: object = {}) => ({ Effect: 'Deny', Principal: '*', Action: 'sqs:*', Resource: QUEUE, ...extra });
const isPublic = (d: ReturnType<typeof doc>, scope: object = {}) => resourceExposure(d, { account: ME, resource: QUEUE, ...scope }).public;

describe('public judgement: Deny statements', () => {
  it.each([
    ['a Deny of the whole service on the same resource cancels', doc(open(), deny()), false],
    ['a Deny with Resource "*" cancels', doc(open(), deny({ Resource: '*' })), false],
    ['a Deny of one of two granted actions leaves the other public', doc(open(), deny({ Action: 'sqs:ReceiveMessage' })), true],
    ['a Deny on another resource does not cancel', doc(open(), deny({ Resource: `arn:aws:sqs:us-east-1:${ME}:other` })), true],
    [
      'a Deny with NotResource does not certainly cancel',
      doc(open(), deny({ Resource: undefined, NotResource: 'arn:aws:sqs:*:*:x' })),
      true,
    ],
    ['a Deny for a named account only does not cancel', doc(open(), deny({ Principal: { AWS: '444455556666' } })), true],
    [
      'a Deny with NotPrincipal of the owner cancels for outsiders',
      doc(open(), deny({ Principal: undefined, NotPrincipal: { AWS: ME } })),
      false,
    ],
    [
      'a Deny with NotAction exempting nothing granted cancels',
      doc(open(), deny({ Action: undefined, NotAction: 'sqs:DeleteQueue' })),
      false,
    ],
    ['a Deny with NotAction exempting a granted action does not', doc(open(), deny({ Action: undefined, NotAction: 'sqs:Send*' })), true],
    ['a Deny of sqs:Send* does not cover an Allow of sqs:*', doc(open({ Action: 'sqs:*' }), deny({ Action: 'sqs:Send*' })), true],
    [
      'a Deny with an uncertain condition does not cancel',
      doc(open(), deny({ Condition: { StringEquals: { 'aws:UserAgent': 'x' } } })),
      true,
    ],
  ])('%s', (_t, d, want) => {
    expect(isPublic(d)).toBe(want);
  });
});

describe('public judgement: principals and keys', () => {
  it('a principal ARN with a wildcard account names every account', () => {
    expect(isPublic(doc(open({ Principal: { AWS: ['arn:aws:iam::*:root'] } })))).toBe(true);
    expect(isPublic(doc(open({ Principal: { AWS: [`arn:aws:iam::${ME}:role/*`] } })))).toBe(false);
  });
  it('aws:PrincipalServiceName pins the caller to a service, which is not the public', () => {
    expect(isPublic(doc(open({ Condition: { StringEquals: { 'aws:PrincipalServiceName': 'sns.amazonaws.com' } } })))).toBe(false);
    expect(isPublic(doc(open({ Condition: { Bool: { 'aws:PrincipalIsAWSService': 'true' } } })))).toBe(false);
  });
  it('S3 access point keys fixed to the owner pin the caller (S3 "meaning of public")', () => {
    expect(isPublic(doc(open({ Condition: { StringEquals: { 's3:DataAccessPointAccount': ME } } })))).toBe(false);
  });
});

describe('public judgement: request facts from the scope', () => {
  const url = (authType: string) =>
    doc({
      Effect: 'Allow',
      Principal: '*',
      Action: 'lambda:InvokeFunctionUrl',
      Resource: '*',
      Condition: { StringEquals: { 'lambda:FunctionUrlAuthType': authType } },
    });
  const call = { actions: ['lambda:InvokeFunctionUrl'], context: { 'lambda:FunctionUrlAuthType': 'NONE' } };
  it('a grant for unauthenticated URL calls opens an AuthType NONE URL', () => {
    expect(isPublic(url('NONE'), call)).toBe(true);
  });
  it('a grant conditioned on AWS_IAM does not apply to an unauthenticated call', () => {
    expect(isPublic(url('AWS_IAM'), call)).toBe(false);
  });
  it('without the fact, a grant conditioned on the auth type is public (it may apply)', () => {
    expect(isPublic(url('AWS_IAM'))).toBe(true);
  });
});

describe('public judgement: caller keys that pin nothing, and S3 source ARNs', () => {
  const when = (condition: object) => doc(open({ Condition: condition }));
  it.each([
    // S3 bucket ARNs carry no region or account: the wildcards match only the empty fields, so the pattern names one bucket.
    [
      'the S3 event pattern arn:aws:s3:*:*:<bucket> pins the bucket',
      when({ ArnLike: { 'aws:SourceArn': 'arn:aws:s3:*:*:my-bucket' } }),
      false,
    ],
    ['an S3 pattern with a wildcard bucket name pins nothing', when({ ArnLike: { 'aws:SourceArn': 'arn:aws:s3:*:*:my-*' } }), true],
    [
      'an S3 access point pattern with a wildcard account pins nothing',
      when({ ArnLike: { 'aws:SourceArn': 'arn:aws:s3:*:*:accesspoint/ap' } }),
      true,
    ],
    // Any account can create a user with the same name: aws:username names no account.
    ['aws:username alone pins nothing', when({ StringEquals: { 'aws:username': 'alice' } }), true],
    [
      'aws:username with a fixed aws:PrincipalAccount is pinned',
      when({ StringEquals: { 'aws:username': 'alice', 'aws:PrincipalAccount': ME } }),
      false,
    ],
    // S3 "meaning of public": a fixed aws:userid, or the pattern "<role id>:*", is not public; a wildcard in the id is.
    ['aws:userid fixed to a role id and any session pins', when({ StringLike: { 'aws:userid': 'AROAEXAMPLEID:*' } }), false],
    ['aws:userid with a wildcard unique id pins nothing', when({ StringLike: { 'aws:userid': 'AIDA*' } }), true],
    [
      'aws:PrincipalOrgPaths with a wildcard organisation pins nothing',
      when({ 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': 'o-*/*' } }),
      true,
    ],
    [
      'aws:PrincipalOrgPaths under a named organisation pins',
      when({ 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': 'o-abc123/*' } }),
      false,
    ],
  ])('%s', (_t, d, want) => {
    expect(isPublic(d)).toBe(want);
  });
  it('a principal ARN with a wildcard account names a role any account can create', () => {
    expect(isPublic(doc(open({ Principal: { AWS: ['arn:aws:iam::*:role/deployer'] } })))).toBe(true);
    expect(isPublic(doc(open({ Principal: { AWS: ['arn:aws:sts::*:assumed-role/deployer/*'] } })))).toBe(true);
  });
});

describe('public judgement: a signed caller from the internet', () => {
  // A signed request always carries the caller's aws:PrincipalAccount, and over the internet no aws:SourceVpce:
  // neither "all caller keys absent" nor "all foreign" is that request.
  it('IfExists on the endpoint with a presence test on the account is public', () => {
    const d = doc(
      open({ Condition: { StringEqualsIfExists: { 'aws:SourceVpce': 'vpce-1a2b3c' }, Null: { 'aws:PrincipalAccount': 'false' } } }),
    );
    expect(isPublic(d)).toBe(true);
  });
  it('a fixed endpoint with a presence test on the account stays pinned', () => {
    const d = doc(open({ Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-1a2b3c' }, Null: { 'aws:PrincipalAccount': 'false' } } }));
    expect(isPublic(d)).toBe(false);
  });
});

describe('public judgement: requests through a VPC endpoint carry no aws:SourceIp', () => {
  // IAM: aws:SourceIp is absent when the request comes through a VPC endpoint (aws:VpcSourceIp is set instead),
  // and an outsider can reach the queue through an endpoint in their own VPC.
  it('a Deny of every internet address (IpAddress 0.0.0.0/0, ::/0) can be dodged through an endpoint', () => {
    expect(isPublic(doc(open(), deny({ Condition: { IpAddress: { 'aws:SourceIp': ['0.0.0.0/0', '::/0'] } } })))).toBe(true);
  });
  it('a Deny of every address but the office (NotIpAddress) still cancels', () => {
    expect(isPublic(doc(open(), deny({ Condition: { NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } })))).toBe(false);
  });
  it('an Allow for the office range stays pinned', () => {
    expect(isPublic(doc(open({ Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } })))).toBe(false);
  });
});

// Names that an object literal inherits (`constructor`, `toString`, `__proto__`) written in a policy as
// an operator or a variable are unknown to IAM: never a crash, and never a Deny that certainly applies.
describe('public judgement: inherited property names in a hostile policy', () => {
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'constructorIfExists'])(
    'a Deny with the condition operator %s is unknown, so it does not cancel',
    (op) => {
      expect(isPublic(doc(open(), deny({ Condition: { [op]: { 'aws:SourceVpce': 'vpce-1' } } })))).toBe(true);
    },
  );
  it.each(['${constructor}', '${toString}', '${__proto__}'])(
    'a Deny conditioned on the variable %s is unknown, so it does not cancel',
    (v) => {
      expect(isPublic(doc(open(), deny({ Condition: { StringNotEquals: { 'aws:SourceVpce': v } } })))).toBe(true);
    },
  );
});
