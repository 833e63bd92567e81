/**
 * Hostile probes of session 16's code: the IAM wildcard matcher's literal characters and the
 * SoA's "N more items are in <result file>" note.
 */
import { describe, expect, it } from 'vitest';
import { LITERAL_STAR, wildcardMatch } from '../../src/providers/aws/policy/wildcard.js';
import { unlisted } from '../../src/report/soa.js';

describe('IAM wildcards: a value holding the private-use characters that stand for literal * and ?', () => {
  it('is not a literal * or ?, whichever matcher shape the pattern takes', () => {
    // Pattern: the literal text "a*", anything, then "x". The value has no "*" at all.
    expect(wildcardMatch(`a${LITERAL_STAR}*x`, `a${LITERAL_STAR}yx`)).toBe(false);
    expect(wildcardMatch(`a${LITERAL_STAR}*`, `a${LITERAL_STAR}y`)).toBe(false);
    expect(wildcardMatch(`a${LITERAL_STAR}*x`, 'a*yx')).toBe(true);
    expect(wildcardMatch('a?*x', `a${LITERAL_STAR}yx`)).toBe(true);
    expect(wildcardMatch(`a?\uE002*x`, `a${LITERAL_STAR}\uE002x`)).toBe(true);
  });
});

describe('IAM wildcards: policies built to be slow', () => {
  it('a pattern of 100,000 `*` then a letter is answered without walking its stars on every question', () => {
    const actions = Array.from({ length: 100 }, (_, i) => `iam:PassRole${i}`);
    const started = performance.now();
    for (let p = 0; p < 100; p++) {
      const pattern = `${'*'.repeat(100_000)}q${p}`;
      for (const a of actions) expect(wildcardMatch(pattern, a, true)).toBe(false);
    }
    // Walking the stars on each of the 10,000 questions took 20 s; now well under one.
    expect(performance.now() - started).toBeLessThan(5000);
    expect(wildcardMatch(`${'*'.repeat(1000)}?b`, 'ab')).toBe(true);
    expect(wildcardMatch(`a${'*'.repeat(1000)}?b`, 'ab')).toBe(false);
  });
});

describe('SoA: the result file named in the "more items" note', () => {
  it('stays on one line with controls and escapes shown, not obeyed', () => {
    const note = unlisted(3, 'item(s)', 'evil\n::error file=x::pwn\u001b[31m\u202e.json');
    expect(note).not.toMatch(/[\n\r\u001b\u202e]/);
    expect(note).toContain('evil\\n::error file=x::pwn\\u001b[31m\\u202e.json');
  });
});
