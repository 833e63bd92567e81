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

describe('SoA: the result file named in the "more items" note', () => {
  it('stays on one line with controls and escapes shown, not obeyed', () => {
    const note = unlisted(3, 'item(s)', 'evil\n::error file=x::pwn\u001b[31m\u202e.json');
    expect(note).not.toMatch(/[\n\r\u001b\u202e]/);
    expect(note).toContain('evil\\n::error file=x::pwn\\u001b[31m\\u202e.json');
  });
});
