import { describe, expect, it } from 'vitest';
import { globMatch } from '../../src/model/glob.js';
import { actionMatches } from '../../src/providers/aws/iam-policy.js';
import { globMatch as kitGlob } from '../../src/providers/check-kit.js';

describe('globMatch, the one glob matcher', () => {
  it.each([
    ['aws.s3.*', 'aws.s3.bucket-tls-only', true],
    ['aws.s3.*', 'aws.iam.root-mfa-enabled', false],
    ['*', '', true],
    ['', '', true],
    ['a?c', 'abc', true],
    ['a?c', 'ac', false],
    ['*-logs', 'acme-cloudtrail-logs', true],
    ['acme-*-logs', 'acme-logs', false],
    ['a*b*c', 'aXbYbZc', true],
    ['a*b*c', 'aXbYbZ', false],
    // Regex metacharacters are literal.
    ['a.b', 'aXb', false],
    ['(x)+[y]', '(x)+[y]', true],
  ])('%s vs %s → %s', (pattern, value, expected) => {
    expect(globMatch(pattern, value)).toBe(expected);
  });

  it('matches case-insensitively only when asked (IAM actions)', () => {
    expect(globMatch('S3:Get*', 's3:getobject')).toBe(false);
    expect(globMatch('S3:Get*', 's3:getobject', { ignoreCase: true })).toBe(true);
    expect(actionMatches('S3:Get*', 's3:GetObject')).toBe(true);
  });

  it.each([
    ['a?b', 'a😀b', {}, true],
    ['a??b', 'a😀b', {}, false],
    ['*😀?', 'x😀y', {}, true],
    ['a?c', 'aİc', { ignoreCase: true }, true],
    ['a??c', 'aİc', { ignoreCase: true }, false],
    ['ΟΔΟΣ*', 'οδοσ-1', { ignoreCase: true }, true],
  ])('%s vs %s (%j): `?` is one character, case folds per character → %s', (pattern, value, opts, expected) => {
    expect(globMatch(pattern, value, opts)).toBe(expected);
  });

  it('runs in linear time on patterns that make a backtracking regex explode', () => {
    const value = 'a'.repeat(5000);
    const pattern = `${'a*'.repeat(40)}b`;
    const t = performance.now();
    expect(globMatch(pattern, value)).toBe(false);
    expect(actionMatches(pattern, value)).toBe(false);
    expect(performance.now() - t).toBeLessThan(1000);
  });

  it('is the matcher the check kit hands to checks', () => {
    expect(kitGlob).toBe(globMatch);
  });
});
