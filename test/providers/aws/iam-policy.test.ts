import { describe, expect, it } from 'vitest';
import {
  actionMatches, allowsEveryone, conditionValues, parsePolicyDocument, PolicyParseError, restrictingConditions, type PolicyStatement,
} from '../../../src/providers/aws/iam-policy.js';

const one = (s: Record<string, unknown>): PolicyStatement => parsePolicyDocument(JSON.stringify({ Version: '2012-10-17', Statement: s })).statements[0]!;
const open = (condition?: Record<string, unknown>) => one({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*', ...(condition ? { Condition: condition } : {}) });

describe('parsePolicyDocument', () => {
  it('normalises a single statement, string fields and the "*" principal', () => {
    const doc = parsePolicyDocument(JSON.stringify({
      Version: '2012-10-17',
      Id: 'p1',
      Statement: { Sid: 'S', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: 'arn:aws:s3:::b', Condition: { Bool: { 'aws:SecureTransport': false } } },
    }));
    expect(doc).toEqual({
      version: '2012-10-17',
      id: 'p1',
      statements: [{
        sid: 'S', effect: 'Deny', principal: { AWS: ['*'] }, action: ['s3:*'], resource: ['arn:aws:s3:::b'],
        condition: { Bool: { 'aws:SecureTransport': ['false'] } },
      }],
    });
  });

  it('keeps NotPrincipal, NotAction and NotResource apart from their positive forms', () => {
    const s = one({ Effect: 'Allow', NotPrincipal: { AWS: 'arn:aws:iam::1:root' }, NotAction: ['s3:Delete*'], NotResource: 'arn:aws:s3:::x' });
    expect(s).toEqual({ effect: 'Allow', notPrincipal: { AWS: ['arn:aws:iam::1:root'] }, notAction: ['s3:Delete*'], notResource: ['arn:aws:s3:::x'], condition: {} });
  });

  it('rejects text that is not a policy', () => {
    expect(() => parsePolicyDocument('{not json')).toThrow(PolicyParseError);
    expect(() => parsePolicyDocument('[]')).toThrow(PolicyParseError);
    expect(() => parsePolicyDocument(JSON.stringify({ Statement: [{ Effect: 'Maybe' }] }))).toThrow(PolicyParseError);
    expect(() => parsePolicyDocument(JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: 3 }] }))).toThrow(PolicyParseError);
  });
});

describe('allowsEveryone', () => {
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
    ['unrelated key', { StringEquals: { 's3:prefix': 'home/' } }, true],
  ])('%s', (_name, condition, expected) => {
    expect(allowsEveryone(open(condition))).toBe(expected);
  });

  it('counts {"AWS": "*"} and NotPrincipal as everyone, but not a named principal or a Deny', () => {
    expect(allowsEveryone(one({ Effect: 'Allow', Principal: { AWS: ['*'] }, Action: '*' }))).toBe(true);
    expect(allowsEveryone(one({ Effect: 'Allow', NotPrincipal: { AWS: 'arn:aws:iam::1:root' }, Action: '*' }))).toBe(true);
    expect(allowsEveryone(one({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::1:root' }, Action: '*' }))).toBe(false);
    expect(allowsEveryone(one({ Effect: 'Allow', Principal: { Service: 'logging.s3.amazonaws.com' }, Action: '*' }))).toBe(false);
    expect(allowsEveryone(one({ Effect: 'Deny', Principal: '*', Action: '*' }))).toBe(false);
  });

  it('reports which conditions restrict', () => {
    const s = open({ StringEquals: { 'aws:PrincipalOrgID': 'o-1', 's3:prefix': 'x' }, StringEqualsIfExists: { 'aws:SourceVpce': 'v' } });
    expect(restrictingConditions(s)).toEqual([{ operator: 'StringEquals', key: 'aws:PrincipalOrgID', values: ['o-1'] }]);
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
