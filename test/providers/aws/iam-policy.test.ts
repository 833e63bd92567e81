import { describe, expect, it } from 'vitest';
import {
  actionMatches,
  conditionValues,
  PolicyParseError,
  type PolicyStatement,
  parsePolicyDocument,
  restrictingConditions,
} from '../../../src/providers/aws/iam-policy.js';
import { coversAnAddressFamily, parseCidr } from '../../../src/providers/aws/ip-ranges.js';
import { resourceExposure } from '../../../src/providers/aws/policy/exposure.js';

const one = (s: Record<string, unknown>): PolicyStatement =>
  parsePolicyDocument(JSON.stringify({ Version: '2012-10-17', Statement: s })).statements[0]!;
/** Whether a one-statement policy is public, as the `-not-public` checks judge it. */
const isPublic = (s: PolicyStatement) => resourceExposure({ statements: [s] }, { account: '111122223333' }).public;
const open = (condition?: Record<string, unknown>) =>
  one({
    Effect: 'Allow',
    Principal: '*',
    Action: 's3:GetObject',
    Resource: 'arn:aws:s3:::b/*',
    ...(condition ? { Condition: condition } : {}),
  });

describe('parsePolicyDocument', () => {
  it('normalises a single statement, string fields and the "*" principal', () => {
    const doc = parsePolicyDocument(
      JSON.stringify({
        Version: '2012-10-17',
        Id: 'p1',
        Statement: {
          Sid: 'S',
          Effect: 'Deny',
          Principal: '*',
          Action: 's3:*',
          Resource: 'arn:aws:s3:::b',
          Condition: { Bool: { 'aws:SecureTransport': false } },
        },
      }),
    );
    expect(doc).toEqual({
      version: '2012-10-17',
      id: 'p1',
      statements: [
        {
          sid: 'S',
          effect: 'Deny',
          principal: { AWS: ['*'] },
          action: ['s3:*'],
          resource: ['arn:aws:s3:::b'],
          condition: { Bool: { 'aws:SecureTransport': ['false'] } },
        },
      ],
    });
  });

  it('keeps NotPrincipal, NotAction and NotResource apart from their positive forms', () => {
    const s = one({
      Effect: 'Allow',
      NotPrincipal: { AWS: 'arn:aws:iam::1:root' },
      NotAction: ['s3:Delete*'],
      NotResource: 'arn:aws:s3:::x',
    });
    expect(s).toEqual({
      effect: 'Allow',
      notPrincipal: { AWS: ['arn:aws:iam::1:root'] },
      notAction: ['s3:Delete*'],
      notResource: ['arn:aws:s3:::x'],
      condition: {},
    });
  });

  it('rejects text that is not a policy', () => {
    expect(() => parsePolicyDocument('{not json')).toThrow(PolicyParseError);
    expect(() => parsePolicyDocument('[]')).toThrow(PolicyParseError);
    expect(() => parsePolicyDocument(JSON.stringify({ Statement: [{ Effect: 'Maybe' }] }))).toThrow(PolicyParseError);
    expect(() => parsePolicyDocument(JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: 3 }] }))).toThrow(PolicyParseError);
  });
});

describe('a wildcard-principal statement is public unless a condition pins the caller', () => {
  it.each([
    ['no condition', undefined, true],
    ['PrincipalOrgID', { StringEquals: { 'aws:PrincipalOrgID': 'o-1' } }, false],
    ['lower-case key', { StringEquals: { 'aws:sourcevpce': 'vpce-1' } }, false],
    ['ForAnyValue', { 'ForAnyValue:StringLike': { 'aws:SourceVpc': 'vpc-1' } }, false],
    ['ArnLike on a pinned account', { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/*' } }, false],
    ['SourceArn of an S3 bucket', { ArnEquals: { 'aws:SourceArn': 'arn:aws:s3:::src' } }, false],
    ['IfExists', { StringEqualsIfExists: { 'aws:SourceVpce': 'vpce-1' } }, true],
    ['ForAllValues (true when the key is absent)', { 'ForAllValues:StringEquals': { 'aws:SourceVpce': 'vpce-1' } }, true],
    ['negated operator', { StringNotEquals: { 'aws:SourceAccount': '111122223333' } }, true],
    ['Null operator', { Null: { 'aws:SourceVpce': 'false' } }, true],
    ['"*" value', { StringLike: { 'aws:PrincipalArn': '*' } }, true],
    ['one wildcard among values', { StringLike: { 'aws:SourceAccount': ['111122223333', '*'] } }, true],
    ['ARN with any account', { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:root' } }, true],
    ['0.0.0.0/0', { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } }, true],
    ['two /1 halves cover IPv4', { IpAddress: { 'aws:SourceIp': ['0.0.0.0/1', '128.0.0.0/1'] } }, true],
    ['IPv6 halves cover IPv6', { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '::/1', '8000::/1'] } }, true],
    ['one /1 half leaves a gap', { IpAddress: { 'aws:SourceIp': ['0.0.0.0/1', '128.0.0.0/2'] } }, false],
    ['adjacent office ranges', { IpAddress: { 'aws:SourceIp': ['203.0.113.0/25', '203.0.113.128/25'] } }, false],
    ['vpce-* names every endpoint', { StringLike: { 'aws:SourceVpce': 'vpce-*' } }, true],
    ['vpc* names every endpoint', { StringLike: { 'aws:sourcevpce': 'vpc*' } }, true],
    ['vpc-* names every VPC', { 'ForAnyValue:StringLike': { 'aws:SourceVpc': 'vpc-*' } }, true],
    ['a pinned endpoint-id prefix restricts', { StringLike: { 'aws:SourceVpce': 'vpce-0a1b2c*' } }, false],
    ['StringEquals "vpce-*" is a literal', { StringEquals: { 'aws:SourceVpce': 'vpce-*' } }, false],
    ['any S3 bucket as source', { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::*' } }, true],
    ['S3 bucket-name pattern (anyone can create it)', { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::acme-*' } }, true],
    ['ARN pattern shorter than six fields', { ArnLike: { 'aws:SourceArn': 'arn:*' } }, true],
    ['StringLike "*" on SourceArn', { StringLike: { 'aws:SourceArn': '*' } }, true],
    ['StringLike "*" on SourceVpc', { StringLike: { 'aws:SourceVpc': '*' } }, true],
    [
      'ArnLike with a pinned account and any resource',
      { ArnLike: { 'aws:SourceArn': 'arn:aws:cloudtrail:*:111122223333:trail/*' } },
      false,
    ],
    ['unrelated key', { StringEquals: { 's3:prefix': 'home/' } }, true],
  ])('%s', (_name, condition, expected) => {
    expect(isPublic(open(condition))).toBe(expected);
  });

  it('counts {"AWS": "*"} and NotPrincipal as everyone, but not a named principal or a Deny', () => {
    expect(isPublic(one({ Effect: 'Allow', Principal: { AWS: ['*'] }, Action: '*' }))).toBe(true);
    expect(isPublic(one({ Effect: 'Allow', NotPrincipal: { AWS: 'arn:aws:iam::1:root' }, Action: '*' }))).toBe(true);
    expect(isPublic(one({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::1:root' }, Action: '*' }))).toBe(false);
    expect(isPublic(one({ Effect: 'Allow', Principal: { Service: 'logging.s3.amazonaws.com' }, Action: '*' }))).toBe(false);
    expect(isPublic(one({ Effect: 'Deny', Principal: '*', Action: '*' }))).toBe(false);
  });

  it('reports which conditions restrict', () => {
    const s = open({ StringEquals: { 'aws:PrincipalOrgID': 'o-1', 's3:prefix': 'x' }, StringEqualsIfExists: { 'aws:SourceVpce': 'v' } });
    expect(restrictingConditions(s)).toEqual([{ operator: 'StringEquals', key: 'aws:PrincipalOrgID', values: ['o-1'] }]);
  });
});

describe('coversAnAddressFamily', () => {
  it.each([
    [['0.0.0.0/0'], true],
    [['::/0'], true],
    [['128.0.0.0/1', '0.0.0.0/1'], true],
    [['0.0.0.0/2', '64.0.0.0/2', '128.0.0.0/1'], true],
    [['0.0.0.0/1', '0.0.0.0/2'], false],
    [['0.0.0.0/1', '::/1', '8000::/2'], false],
    [['10.0.0.1', 'not-an-ip', '300.0.0.0/1', '0.0.0.0/33'], false],
  ])('%j → %s', (values, expected) => {
    expect(coversAnAddressFamily(values)).toBe(expected);
  });

  it('reads bare addresses and compressed IPv6', () => {
    expect(parseCidr('10.1.2.3')).toEqual({ family: 4, start: 0x0a010203n, end: 0x0a010203n });
    expect(parseCidr('2001:db8::/32')).toEqual({ family: 6, start: 0x20010db8n << 96n, end: (0x20010db9n << 96n) - 1n });
    expect(parseCidr('1::2::3')).toBeUndefined();
  });
});

describe('small helpers', () => {
  it('matches actions case-insensitively with wildcards', () => {
    expect(actionMatches('s3:Get*', 's3:getobject')).toBe(true);
    expect(actionMatches('s3:*', 'kms:Decrypt')).toBe(false);
    expect(actionMatches('*', 'kms:Decrypt')).toBe(true);
  });

  it('finds condition values whatever the key case', () => {
    expect(conditionValues(open({ Bool: { 'AWS:SecureTransport': 'false' } }), 'Bool', 'aws:securetransport')).toEqual(['false']);
    expect(conditionValues(open(), 'Bool', 'aws:SecureTransport')).toBeUndefined();
  });
});
