import { describe, expect, it } from 'vitest';
import { type PolicyDocument, parsePolicyDocument } from '../../../../src/providers/aws/iam-policy.js';
import {
  type AuthorizationInput,
  decide,
  isAllowed,
  principalFromArn,
  type RequestPrincipal,
  requestContext,
} from '../../../../src/providers/aws/policy/index.js';

const doc = (...statements: Record<string, unknown>[]): PolicyDocument =>
  parsePolicyDocument(JSON.stringify({ Version: '2012-10-17', Statement: statements }));
const ME = '111122223333';
const THEM = '444455556666';
const alice: RequestPrincipal = { kind: 'aws', account: ME, arn: `arn:aws:iam::${ME}:user/alice` };
const roleSession = principalFromArn(`arn:aws:sts::${ME}:assumed-role/app/i-123`)!;
const stranger = principalFromArn(`arn:aws:iam::${THEM}:user/eve`)!;
const none = requestContext();
const who = (
  principal: RequestPrincipal,
  identityPolicies: PolicyDocument[],
  more: Partial<AuthorizationInput> = {},
): AuthorizationInput => ({
  principal,
  identityPolicies,
  ...more,
});

describe('actions and resources', () => {
  const p = doc({ Effect: 'Allow', Action: ['s3:Get*', 'EC2:describe?nstances'], Resource: 'arn:aws:s3:::data/*' });
  it.each([
    ['s3:GetObject', 'arn:aws:s3:::data/k', 'yes'],
    ['S3:GETOBJECT', 'arn:aws:s3:::data/k', 'yes'], // actions are case-insensitive
    ['s3:GetObject', 'arn:aws:s3:::DATA/k', 'no'], // resources are case-sensitive
    ['s3:PutObject', 'arn:aws:s3:::data/k', 'no'],
    ['ec2:DescribeInstances', 'arn:aws:s3:::data/k', 'yes'],
  ])('%s on %s → %s', (action, resource, want) => expect(isAllowed(who(alice, [p]), action, resource, none)).toBe(want));

  it('NotAction with Allow allows everything else (the documented pitfall)', () => {
    const q = doc({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' });
    expect(isAllowed(who(alice, [q]), 'ec2:TerminateInstances', 'arn:aws:ec2:us-east-1:1:instance/i-1', none)).toBe('yes');
    expect(isAllowed(who(alice, [q]), 'iam:CreateUser', '*', none)).toBe('no');
  });
  it('NotAction with Deny denies everything else, even what another policy allows', () => {
    const q = doc({ Effect: 'Deny', NotAction: 'iam:*', Resource: '*' }, { Effect: 'Allow', Action: '*', Resource: '*' });
    expect(decide(who(alice, [q]), 's3:GetObject', 'arn:aws:s3:::b/k', none)).toBe('explicitly-denied');
    expect(decide(who(alice, [q]), 'iam:ListUsers', '*', none)).toBe('allowed');
  });
  it('NotResource allows everything but the listed resources', () => {
    const q = doc({ Effect: 'Allow', Action: 's3:*', NotResource: 'arn:aws:s3:::secret*' });
    expect(isAllowed(who(alice, [q]), 's3:GetObject', 'arn:aws:s3:::public/k', none)).toBe('yes');
    expect(isAllowed(who(alice, [q]), 's3:GetObject', 'arn:aws:s3:::secret/k', none)).toBe('no');
  });
  it('a resource with a policy variable needs the key', () => {
    const q = doc({ Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::home/${aws:username}/*' });
    expect(isAllowed(who(alice, [q]), 's3:GetObject', 'arn:aws:s3:::home/alice/k', requestContext({ 'aws:username': 'alice' }))).toBe(
      'yes',
    );
    expect(isAllowed(who(alice, [q]), 's3:GetObject', 'arn:aws:s3:::home/bob/k', requestContext({ 'aws:username': 'alice' }))).toBe('no');
    expect(isAllowed(who(alice, [q]), 's3:GetObject', 'arn:aws:s3:::home/alice/k', none)).toBe('unknown');
    expect(isAllowed(who(alice, [q]), 's3:GetObject', 'arn:aws:s3:::home/alice/k', requestContext({ 'aws:username': null }))).toBe('no');
  });
  it('a resource wildcard in the account field does not swallow the region', () => {
    const q = doc({ Effect: 'Allow', Action: 'sns:Publish', Resource: 'arn:aws:sns:*:111122223333:t' });
    expect(isAllowed(who(alice, [q]), 'sns:Publish', 'arn:aws:sns:eu-west-1:111122223333:t', none)).toBe('yes');
    expect(isAllowed(who(alice, [q]), 'sns:Publish', 'arn:aws:sns:eu-west-1:444455556666:t', none)).toBe('no');
  });
});

describe('evaluation logic', () => {
  const allowAll = doc({ Effect: 'Allow', Action: '*', Resource: '*' });
  const denyUnlessMfa = doc({
    Effect: 'Deny',
    Action: '*',
    Resource: '*',
    Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
  });
  it('an explicit Deny wins over any Allow', () => {
    expect(
      decide(who(alice, [allowAll, denyUnlessMfa]), 's3:ListBucket', '*', requestContext({ 'aws:MultiFactorAuthPresent': 'false' })),
    ).toBe('explicitly-denied');
    expect(
      decide(who(alice, [allowAll, denyUnlessMfa]), 's3:ListBucket', '*', requestContext({ 'aws:MultiFactorAuthPresent': 'true' })),
    ).toBe('allowed');
  });
  it('the …IfExists pitfall: a long-term key has no MFA key at all, and BoolIfExists still denies', () => {
    expect(
      decide(who(alice, [allowAll, denyUnlessMfa]), 's3:ListBucket', '*', requestContext({ 'aws:MultiFactorAuthPresent': null })),
    ).toBe('explicitly-denied');
  });
  it('an unknown Deny condition leaves the answer unknown, not allowed', () => {
    expect(decide(who(alice, [allowAll, denyUnlessMfa]), 's3:ListBucket', '*', none)).toBe('unknown');
  });
  it('nothing allows: implicit deny', () => {
    expect(decide(who(alice, []), 's3:ListBucket', '*', none)).toBe('implicitly-denied');
  });
  it('a permissions boundary caps identity-based allows', () => {
    const boundary = doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' });
    expect(isAllowed(who(alice, [allowAll], { boundary }), 's3:GetObject', 'arn:aws:s3:::b/k', none)).toBe('yes');
    expect(isAllowed(who(alice, [allowAll], { boundary }), 'iam:CreateUser', '*', none)).toBe('no');
  });
  it('same account: the resource policy alone can allow; across accounts both sides must', () => {
    const bucket = doc({
      Effect: 'Allow',
      Principal: { AWS: [`arn:aws:iam::${ME}:user/alice`, THEM] },
      Action: 's3:GetObject',
      Resource: '*',
    });
    expect(isAllowed(who(alice, [], { resourcePolicy: bucket, resourceAccount: ME }), 's3:GetObject', 'arn:aws:s3:::b/k', none)).toBe(
      'yes',
    );
    expect(isAllowed(who(stranger, [], { resourcePolicy: bucket, resourceAccount: ME }), 's3:GetObject', 'arn:aws:s3:::b/k', none)).toBe(
      'no',
    );
    expect(
      isAllowed(who(stranger, [allowAll], { resourcePolicy: bucket, resourceAccount: ME }), 's3:GetObject', 'arn:aws:s3:::b/k', none),
    ).toBe('yes');
  });
});

describe('principals', () => {
  const grant = (principal: unknown) => doc({ Effect: 'Allow', Principal: principal, Action: 'sqs:SendMessage', Resource: '*' });
  const can = (principal: unknown, p: RequestPrincipal) =>
    isAllowed(who(p, [], { resourcePolicy: grant(principal), resourceAccount: ME }), 'sqs:SendMessage', 'arn:aws:sqs:us-east-1:1:q', none);
  it.each<[string, unknown, RequestPrincipal, string]>([
    ['"*" names anonymous callers', '*', { kind: 'anonymous' }, 'yes'],
    ['{"AWS":"*"} names anonymous callers too', { AWS: '*' }, { kind: 'anonymous' }, 'yes'],
    ['an account id names its users', { AWS: ME }, alice, 'yes'],
    ['a root ARN names its role sessions', { AWS: `arn:aws:iam::${ME}:root` }, roleSession, 'yes'],
    ['a role ARN names its sessions', { AWS: `arn:aws:iam::${ME}:role/app` }, roleSession, 'yes'],
    ['a session ARN names that session', { AWS: `arn:aws:sts::${ME}:assumed-role/app/i-123` }, roleSession, 'yes'],
    ['a user ARN names only that user', { AWS: `arn:aws:iam::${ME}:user/bob` }, alice, 'no'],
    ['a service principal', { Service: 'sns.amazonaws.com' }, { kind: 'service', service: 'sns.amazonaws.com' }, 'yes'],
    ['a different service', { Service: 'sns.amazonaws.com' }, { kind: 'service', service: 'events.amazonaws.com' }, 'no'],
    [
      'a federated provider',
      { Federated: 'cognito-identity.amazonaws.com' },
      { kind: 'federated', provider: 'cognito-identity.amazonaws.com' },
      'yes',
    ],
    ['a canonical user', { CanonicalUser: 'abc123' }, { kind: 'canonical', id: 'abc123' }, 'yes'],
    ['an account does not name anonymous callers', { AWS: ME }, { kind: 'anonymous' }, 'no'],
  ])('%s', (_t, principal, p, want) => expect(can(principal, p)).toBe(want));

  it('NotPrincipal with Deny: listing only the role ARN does not exempt its sessions (documented pitfall)', () => {
    const bucket = (listed: string[]) =>
      doc(
        { Effect: 'Allow', Principal: { AWS: ME }, Action: 's3:*', Resource: '*' },
        { Effect: 'Deny', NotPrincipal: { AWS: listed }, Action: 's3:*', Resource: '*' },
      );
    const run = (listed: string[]) =>
      decide(who(roleSession, [], { resourcePolicy: bucket(listed), resourceAccount: ME }), 's3:GetObject', 'arn:aws:s3:::b/k', none);
    expect(run([`arn:aws:iam::${ME}:role/app`])).toBe('explicitly-denied');
    expect(run([`arn:aws:iam::${ME}:role/app`, `arn:aws:sts::${ME}:assumed-role/app/i-123`])).toBe('explicitly-denied');
    expect(run([`arn:aws:iam::${ME}:root`, `arn:aws:iam::${ME}:role/app`, `arn:aws:sts::${ME}:assumed-role/app/i-123`])).toBe('allowed');
  });
  it('NotPrincipal with Allow grants everyone else, anonymous callers included', () => {
    const q = doc({ Effect: 'Allow', NotPrincipal: { AWS: THEM }, Action: 's3:GetObject', Resource: '*' });
    expect(
      isAllowed(who({ kind: 'anonymous' } as RequestPrincipal, [], { resourcePolicy: q, resourceAccount: ME }), 's3:GetObject', 'x', none),
    ).toBe('yes');
  });
});
