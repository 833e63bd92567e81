import { describe, expect, it } from 'vitest';
import { actionPatternMatches, arnMatches, LITERAL_STAR, wildcardMatch } from '../../../../src/providers/aws/policy/wildcard.js';

describe('IAM wildcards', () => {
  it.each([
    ['s3:Get*', 's3:GetObject', true],
    ['S3:get*', 's3:GetObject', true],
    ['s3:Get*', 's3:PutObject', false],
    ['iam:PassRole', 'IAM:passrole', true],
    ['iam:Pass?ole', 'iam:PassRole', true],
    ['*:*', 'annexaprobe:ProbeAnyAction', true],
    ['ec2:*Instances', 'ec2:RunInstances', true],
    ['ec2:*Instances', 'ec2:RunInstance', false],
  ])('action %s against %s is %s', (pattern, action, want) => {
    expect(actionPatternMatches(pattern, action)).toBe(want);
  });

  it('resources compare case-sensitively', () => {
    expect(wildcardMatch('arn:aws:s3:::Bucket/*', 'arn:aws:s3:::bucket/x')).toBe(false);
    expect(arnMatches('arn:aws:s3:::bucket/*', 'arn:aws:s3:::bucket/a/b')).toBe(true);
  });

  it('a literal star from ${*} matches only a star', () => {
    const pattern = `home/${LITERAL_STAR}/x*`;
    expect(wildcardMatch(pattern, 'home/*/xyz')).toBe(true);
    expect(wildcardMatch(pattern, 'home/anything/xyz')).toBe(false);
    expect(wildcardMatch(`a${LITERAL_STAR}`, 'a*')).toBe(true);
    expect(wildcardMatch(`a${LITERAL_STAR}`, 'ab')).toBe(false);
  });

  it('a pattern of many stars against a long non-matching value returns at once (no backtracking blow-up)', () => {
    const pattern = `${'a*'.repeat(30)}b`;
    const t = performance.now();
    expect(wildcardMatch(pattern, 'a'.repeat(5000))).toBe(false);
    expect(performance.now() - t).toBeLessThan(2000);
  });
});
