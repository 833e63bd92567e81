import { describe, expect, it } from 'vitest';
import {
  evaluateConditions,
  evaluateKey,
  type KeyInput,
  parseOperator,
  requestContext,
  type Tri,
} from '../../../../src/providers/aws/policy/index.js';

const ctx = (keys: Record<string, KeyInput>) => requestContext(keys);

describe('parseOperator', () => {
  it.each([
    ['StringEquals', { base: 'StringEquals', negated: false, ifExists: false }],
    ['StringNotLikeIfExists', { base: 'StringLike', negated: true, ifExists: true }],
    ['ForAllValues:StringEquals', { qualifier: 'ForAllValues', base: 'StringEquals', negated: false, ifExists: false }],
    ['ForAnyValue:ArnNotLike', { qualifier: 'ForAnyValue', base: 'ArnLike', negated: true, ifExists: false }],
    ['NotIpAddress', { base: 'IpAddress', negated: true, ifExists: false }],
    ['Null', { base: 'Null', negated: false, ifExists: false }],
  ])('%s', (op, want) => expect(parseOperator(op)).toEqual(want));
  it('rejects operators IAM does not know', () => {
    expect(parseOperator('StringSortOf')).toBeUndefined();
    expect(parseOperator('NullIfExists')).toBeUndefined();
    expect(evaluateKey('StringSortOf', 'aws:x', ['a'], ctx({ 'aws:x': 'a' }))).toBe('unknown');
  });
});

type Row = [string, string, string[], Record<string, KeyInput>, Tri];
const rows: Row[] = [
  // Strings: case rules and wildcards.
  ['StringEquals', 'aws:PrincipalTag/team', ['red'], { 'aws:PrincipalTag/team': 'red' }, 'yes'],
  ['StringEquals', 'aws:PrincipalTag/team', ['red'], { 'aws:PrincipalTag/team': 'Red' }, 'no'],
  ['StringEquals', 'aws:PrincipalTag/team', ['r*'], { 'aws:PrincipalTag/team': 'red' }, 'no'],
  ['StringEqualsIgnoreCase', 'aws:PrincipalTag/team', ['RED'], { 'aws:principaltag/team': 'red' }, 'yes'],
  // Folded one character at a time, as the wildcard matcher does (final and medial sigma fold alike).
  ['StringEqualsIgnoreCase', 'aws:PrincipalTag/team', ['Σσ'], { 'aws:PrincipalTag/team': 'ςΣ' }, 'yes'],
  ['StringEqualsIgnoreCase', 'aws:PrincipalTag/team', ['İ'], { 'aws:PrincipalTag/team': 'i' }, 'no'],
  ['StringLike', 's3:prefix', ['home/*'], { 's3:prefix': 'home/alice/x' }, 'yes'],
  ['StringLike', 's3:prefix', ['home/?'], { 's3:prefix': 'home/ab' }, 'no'],
  ['StringNotEquals', 'aws:PrincipalOrgID', ['o-1', 'o-2'], { 'aws:PrincipalOrgID': 'o-2' }, 'no'],
  ['StringNotEquals', 'aws:PrincipalOrgID', ['o-1', 'o-2'], { 'aws:PrincipalOrgID': 'o-3' }, 'yes'],
  // Absent keys: positive false, negated true, IfExists true.
  ['StringEquals', 'aws:PrincipalOrgID', ['o-1'], { 'aws:PrincipalOrgID': null }, 'no'],
  ['StringNotEquals', 'aws:PrincipalOrgID', ['o-1'], { 'aws:PrincipalOrgID': null }, 'yes'],
  ['StringEqualsIfExists', 'aws:PrincipalOrgID', ['o-1'], { 'aws:PrincipalOrgID': null }, 'yes'],
  ['StringEqualsIfExists', 'aws:PrincipalOrgID', ['o-1'], { 'aws:PrincipalOrgID': 'o-2' }, 'no'],
  ['ArnNotLike', 'aws:SourceArn', ['arn:aws:sns:*:111122223333:*'], { 'aws:SourceArn': null }, 'yes'],
  // Unknown keys stay unknown.
  ['StringEquals', 'aws:PrincipalOrgID', ['o-1'], {}, 'unknown'],
  // Null tests presence.
  ['Null', 'aws:TokenIssueTime', ['true'], { 'aws:TokenIssueTime': null }, 'yes'],
  ['Null', 'aws:TokenIssueTime', ['false'], { 'aws:TokenIssueTime': null }, 'no'],
  ['Null', 'aws:TokenIssueTime', ['false'], { 'aws:TokenIssueTime': '2026-01-01T00:00:00Z' }, 'yes'],
  ['Null', 'aws:TokenIssueTime', ['true'], {}, 'unknown'],
  // Numbers, dates, booleans, binary.
  ['NumericLessThanEquals', 's3:max-keys', ['10'], { 's3:max-keys': '10' }, 'yes'],
  ['NumericGreaterThan', 'aws:MultiFactorAuthAge', ['3600'], { 'aws:MultiFactorAuthAge': '100' }, 'no'],
  ['NumericEquals', 's3:max-keys', ['10'], { 's3:max-keys': 'ten' }, 'no'],
  ['NumericNotEquals', 's3:max-keys', ['10'], { 's3:max-keys': '11' }, 'yes'],
  ['DateLessThan', 'aws:CurrentTime', ['2027-01-01T00:00:00Z'], { 'aws:CurrentTime': '2026-12-04T00:00:00Z' }, 'yes'],
  ['DateGreaterThan', 'aws:EpochTime', ['1700000000'], { 'aws:EpochTime': '1600000000' }, 'no'],
  ['DateNotEquals', 'aws:CurrentTime', ['2026-01-01T00:00:00Z'], { 'aws:CurrentTime': '2026-01-01T00:00:00.000Z' }, 'no'],
  ['Bool', 'aws:SecureTransport', ['false'], { 'aws:SecureTransport': 'False' }, 'yes'],
  ['Bool', 'aws:SecureTransport', ['false'], { 'aws:SecureTransport': 'true' }, 'no'],
  ['BoolIfExists', 'aws:MultiFactorAuthPresent', ['false'], { 'aws:MultiFactorAuthPresent': null }, 'yes'],
  ['BinaryEquals', 'key', ['QmluYXJ5'], { key: 'QmluYXJ5' }, 'yes'],
  // Addresses.
  ['IpAddress', 'aws:SourceIp', ['203.0.113.0/24'], { 'aws:SourceIp': '203.0.113.9' }, 'yes'],
  ['IpAddress', 'aws:SourceIp', ['203.0.113.0/24'], { 'aws:SourceIp': '198.51.100.1' }, 'no'],
  ['IpAddress', 'aws:SourceIp', ['2001:db8::/32'], { 'aws:SourceIp': '2001:db8::1' }, 'yes'],
  ['NotIpAddress', 'aws:SourceIp', ['203.0.113.0/24', '198.51.100.0/24'], { 'aws:SourceIp': '198.51.100.1' }, 'no'],
  ['IpAddress', 'aws:SourceIp', ['0.0.0.0/1', '128.0.0.0/1'], { 'aws:SourceIp': 'outside' }, 'yes'],
  ['IpAddress', 'aws:SourceIp', ['10.0.0.0/8'], { 'aws:SourceIp': 'outside' }, 'no'],
  // ARNs match field by field.
  ['ArnLike', 'aws:SourceArn', ['arn:aws:s3:::bucket-*'], { 'aws:SourceArn': 'arn:aws:s3:::bucket-1' }, 'yes'],
  ['ArnEquals', 'aws:SourceArn', ['arn:aws:sns:*:111122223333:t'], { 'aws:SourceArn': 'arn:aws:sns:eu-west-1:111122223333:t' }, 'yes'],
  ['ArnLike', 'aws:SourceArn', ['arn:aws:sns:*:111122223333:t'], { 'aws:SourceArn': 'arn:aws:sns:eu-west-1:222233334444:t' }, 'no'],
  ['ArnLike', 'aws:PrincipalArn', ['arn:aws:iam::*:root'], { 'aws:PrincipalArn': 'outside' }, 'yes'],
  ['ArnLike', 'aws:PrincipalArn', ['arn:aws:iam::111122223333:*'], { 'aws:PrincipalArn': 'outside' }, 'no'],
  ['StringLike', 'aws:SourceVpce', ['vpce-*'], { 'aws:SourceVpce': 'outside' }, 'yes'],
  ['StringEquals', 'aws:SourceVpce', ['vpce-1a2b'], { 'aws:SourceVpce': 'outside' }, 'no'],
  ['StringNotEquals', 'aws:SourceVpce', ['vpce-1a2b'], { 'aws:SourceVpce': 'outside' }, 'yes'],
  ['NumericLessThan', 'aws:MultiFactorAuthAge', ['10'], { 'aws:MultiFactorAuthAge': 'outside' }, 'unknown'],
  // Multi-valued keys and set operators, with the documented empty-set pitfalls.
  ['ForAnyValue:StringEquals', 'aws:TagKeys', ['env', 'team'], { 'aws:TagKeys': ['cost', 'team'] }, 'yes'],
  ['ForAnyValue:StringEquals', 'aws:TagKeys', ['env'], { 'aws:TagKeys': ['cost'] }, 'no'],
  ['ForAnyValue:StringEquals', 'aws:TagKeys', ['env'], { 'aws:TagKeys': null }, 'no'],
  ['ForAllValues:StringEquals', 'aws:TagKeys', ['env', 'team'], { 'aws:TagKeys': ['env', 'team'] }, 'yes'],
  ['ForAllValues:StringEquals', 'aws:TagKeys', ['env', 'team'], { 'aws:TagKeys': ['env', 'cost'] }, 'no'],
  ['ForAllValues:StringEquals', 'aws:TagKeys', ['env', 'team'], { 'aws:TagKeys': null }, 'yes'],
  ['ForAllValues:StringEquals', 'aws:TagKeys', ['env', 'team'], { 'aws:TagKeys': [] }, 'yes'],
  ['ForAnyValue:StringNotEquals', 'aws:TagKeys', ['env'], { 'aws:TagKeys': ['env', 'cost'] }, 'yes'],
  ['ForAllValues:StringNotLike', 'aws:TagKeys', ['secret*'], { 'aws:TagKeys': ['env', 'secretish'] }, 'no'],
  ['StringEquals', 'aws:TagKeys', ['env'], { 'aws:TagKeys': ['cost', 'env'] }, 'yes'],
  ['StringNotEquals', 'aws:TagKeys', ['env'], { 'aws:TagKeys': ['cost', 'env'] }, 'no'],
  // Policy variables in condition values.
  ['StringLike', 's3:prefix', ['home/${aws:username}/*'], { 's3:prefix': 'home/alice/x', 'aws:username': 'alice' }, 'yes'],
  ['StringLike', 's3:prefix', ['home/${aws:username}/*'], { 's3:prefix': 'home/bob/x', 'aws:username': 'alice' }, 'no'],
  ['StringLike', 's3:prefix', ['home/${aws:username}/*'], { 's3:prefix': 'home/bob/x' }, 'unknown'],
  ['StringLike', 's3:prefix', ['home/${aws:username}/*'], { 's3:prefix': 'home/x', 'aws:username': null }, 'no'],
  ['StringEquals', 's3:prefix', ["${aws:username, 'guest'}"], { 's3:prefix': 'guest', 'aws:username': null }, 'yes'],
  ['StringLike', 's3:prefix', ['a${*}b'], { 's3:prefix': 'a*b' }, 'yes'],
  ['StringLike', 's3:prefix', ['a${*}b'], { 's3:prefix': 'axxb' }, 'no'],
];

describe('evaluateKey', () => {
  it.each(rows)('%s %s %j given %j → %s', (op, key, values, keys, want) => {
    expect(evaluateKey(op, key, values, ctx(keys))).toBe(want);
  });
});

describe('evaluateConditions', () => {
  const block = { StringEquals: { 'aws:PrincipalOrgID': ['o-1'] }, Bool: { 'aws:SecureTransport': ['true'] } };
  it('ANDs operators and keys', () => {
    expect(evaluateConditions(block, ctx({ 'aws:PrincipalOrgID': 'o-1', 'aws:SecureTransport': 'true' }))).toBe('yes');
    expect(evaluateConditions(block, ctx({ 'aws:PrincipalOrgID': 'o-1', 'aws:SecureTransport': 'false' }))).toBe('no');
    expect(evaluateConditions(block, ctx({ 'aws:PrincipalOrgID': 'o-1' }))).toBe('unknown');
    expect(evaluateConditions(block, ctx({ 'aws:PrincipalOrgID': 'o-2' }))).toBe('no');
  });
  it('an empty block is true', () => expect(evaluateConditions({}, ctx({}))).toBe('yes'));
});
