import { describe, expect, it } from 'vitest';
import {
  actionPatternMatches,
  arnMatches,
  equalsIgnoreCase,
  LITERAL_STAR,
  wildcardMatch,
} from '../../../../src/providers/aws/policy/wildcard.js';

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

describe('IAM wildcards beyond ASCII: `?` is one character, case folds one character at a time', () => {
  it.each([
    // `İ` lowercases to two characters (`i` and a combining dot); a `?` still matches it once.
    ['a?c', 'aİc', true, true],
    ['a??c', 'aİc', true, false],
    ['s3:?', 's3:İ', true, true],
    ['İ*', 'İx', true, true],
    // Its fold is itself (Unicode's simple fold): not `i`, and not `i` with a dot.
    ['İ', 'i', true, false],
    ['İ', 'i\u0307', true, false],
    // The dotless ı is its own letter too, though it uppercases to I.
    ['ı', 'I', true, false],
    ['ı', 'ı', true, true],
    // A final Σ lowercases to ς but one inside a word to σ: both fold alike.
    ['ΟΔΟΣ*', 'οδοσ1', true, true],
    ['ΟΔΟΣ', 'οδος', true, true],
    ['?Σ?', 'ασα', true, true],
    // The Kelvin sign folds with K; the long s with s.
    ['\u212a*', 'kelvin', true, true],
    ['ſ?', 'S1', true, true],
    ['ß', 'SS', true, false],
    // Case-sensitive: a character outside the BMP (two UTF-16 units) is one `?`.
    ['a?b', 'a😀b', false, true],
    ['a??b', 'a😀b', false, false],
    ['*😀', 'x😀', false, true],
    ['?😀*', '😀😀', false, true],
    ['😀?', '😀😁', false, true],
    ['😀?', '😀', false, false],
    ['Straße', 'STRASSE', false, false],
  ])('%s against %s (ignore case %s) is %s', (pattern, value, ignoreCase, want) => {
    expect(wildcardMatch(pattern, value, ignoreCase)).toBe(want);
  });

  it('literal stars and a value’s own private-use characters keep their meaning past the BMP', () => {
    expect(wildcardMatch(`😀${LITERAL_STAR}?`, '😀*x')).toBe(true);
    expect(wildcardMatch(`😀${LITERAL_STAR}?`, '😀yx')).toBe(false);
    // A value's own U+E000 is not a star: only a wildcard matches it.
    expect(wildcardMatch(`😀${LITERAL_STAR}`, '😀\uE000')).toBe(false);
    expect(wildcardMatch('😀?', '😀\uE000')).toBe(true);
    expect(wildcardMatch('😀*', '😀\uE000\uE001')).toBe(true);
  });

  it.each([
    ['ΑΣ', 'ασ', true],
    ['ΑΣ', 'ας', true],
    ['Production', 'PRODUCTION', true],
    ['İstanbul', 'istanbul', false],
    ['İSTANBUL', 'İstanbul', true],
    ['a', 'b', false],
  ])('equalsIgnoreCase(%s, %s) is %s', (a, b, want) => {
    expect(equalsIgnoreCase(a, b)).toBe(want);
  });
});
