import { describe, expect, it } from 'vitest';
import { coversPattern, matches, type PatternNode, parseFilterPattern } from './filter-pattern.js';
import { MONITORING_ITEMS, monitoringItem, requiredPatterns } from './monitoring-items.js';

function node(pattern: string): PatternNode {
  const r = parseFilterPattern(pattern);
  if (!r.ok) throw new Error(`${pattern}: ${r.reason}`);
  return r.node;
}

const event = (fields: Record<string, string | number | boolean | null>) => new Map(Object.entries(fields));

/** Whether `pattern` covers one of the item's benchmark patterns. */
function covers(cis: string, pattern: string): boolean {
  return requiredPatterns(monitoringItem(cis)).some((r) => coversPattern(node(pattern), r).covers === true);
}

describe('parseFilterPattern', () => {
  it('reads selectors, quoted and unquoted values, and keyword tests', () => {
    const n = node('{ $.userIdentity.type = Root && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }');
    expect(matches(n, event({ 'userIdentity.type': 'Root', eventType: 'AwsApiCall' }))).toBe(true);
    expect(matches(n, event({ 'userIdentity.type': 'Root', 'userIdentity.invokedBy': 'x', eventType: 'AwsApiCall' }))).toBe(false);
    expect(matches(n, event({ 'userIdentity.type': 'Root', eventType: 'AwsServiceEvent' }))).toBe(false);
  });

  it('keeps the space in an unquoted value, as CloudWatch does', () => {
    const n = node('{ ($.eventName = ConsoleLogin) && ($.errorMessage = Failed authentication) }');
    expect(matches(n, event({ eventName: 'ConsoleLogin', errorMessage: 'Failed authentication' }))).toBe(true);
    expect(matches(n, event({ eventName: 'ConsoleLogin', errorMessage: 'Failed' }))).toBe(false);
  });

  it('matches wildcards at either end, case-sensitively', () => {
    const n = node('{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = AccessDenied*) }');
    expect(matches(n, event({ errorCode: 'Client.UnauthorizedOperation' }))).toBe(true);
    expect(matches(n, event({ errorCode: 'AccessDeniedException' }))).toBe(true);
    expect(matches(n, event({ errorCode: 'accessdenied' }))).toBe(false);
  });

  it('compares numbers, IS tests and regular expressions', () => {
    expect(matches(node('{ $.latency > 1000 }'), event({ latency: 1500 }))).toBe(true);
    expect(matches(node('{ $.latency <= 1000 }'), event({ latency: 1500 }))).toBe(false);
    expect(matches(node('{ $.error IS TRUE }'), event({ error: true }))).toBe(true);
    expect(matches(node('{ $.error IS NULL }'), event({}))).toBe(false);
    expect(matches(node('{ $.eventName = %^Delete.*Policy$% }'), event({ eventName: 'DeleteRolePolicy' }))).toBe(true);
  });

  it('treats an empty pattern as matching everything', () => {
    expect(matches(node(''), event({}))).toBe(true);
  });

  it.each([
    ['ERROR', 'not a JSON filter pattern'],
    ['[ip, user, ...]', 'not a JSON filter pattern'],
    ['{ }', 'an empty JSON pattern'],
    ['{ ($.eventName = X }', 'a parenthesis is not closed'],
    ['{ $.eventName = "X }', 'an unterminated quoted string'],
    ['{ $.eventName > abc }', '> needs a number'],
    ['{ eventName = X }', 'expected a $.selector, found "eventName = X"'],
  ])('rejects %s', (pattern, reason) => {
    expect(parseFilterPattern(pattern)).toEqual({ ok: false, reason });
  });
});

describe('coverage of the benchmark items', () => {
  it('accepts each benchmark pattern as written in the benchmark (quotes dropped, as copied from the PDF)', () => {
    for (const item of MONITORING_ITEMS) for (const p of item.patterns) expect(covers(item.cis, p.replaceAll('"', ''))).toBe(true);
  });

  it('accepts the benchmark 5.1 pattern without the grouping parentheses', () => {
    const loose =
      '{ ($.errorCode ="*UnauthorizedOperation") || ($.errorCode ="AccessDenied*") && ($.sourceIPAddress!="delivery.logs.amazonaws.com") && ($.eventName!="HeadBucket") }';
    expect(covers('5.1', loose)).toBe(true);
  });

  it('accepts another order, other quoting and extra OR terms', () => {
    const p =
      '{ ($.eventName = "StopLogging") || ($.eventName = DeleteTrail) || ($.eventName = PutEventSelectors) || ($.eventName = UpdateTrail) || ($.eventName = StartLogging) || ($.eventName = "CreateTrail") }';
    expect(covers('5.5', p)).toBe(true);
  });

  it('accepts a pattern without the event source condition, which counts more', () => {
    expect(covers('5.7', '{ ($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion) }')).toBe(true);
  });

  it('accepts the benchmark route-table audit pattern, whose grouping differs from its remediation pattern', () => {
    const audit =
      '{($.eventSource = ec2.amazonaws.com) && ($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable) }';
    expect(covers('5.13', audit)).toBe(true);
  });

  it('accepts the narrower console sign-in pattern the benchmark offers for SSO estates', () => {
    const sso =
      '{ ($.eventName = ConsoleLogin) && ($.additionalEventData.MFAUsed != Yes) && ($.userIdentity.type = IAMUser) && ($.responseElements.ConsoleLogin = Success) }';
    expect(covers('5.2', sso)).toBe(true);
  });

  it('rejects a pattern missing one event, and names an event it misses', () => {
    const p = '{ ($.eventSource = kms.amazonaws.com) && ($.eventName = DisableKey) }';
    const r = coversPattern(node(p), requiredPatterns(monitoringItem('5.7'))[0]!);
    expect(r).toEqual({ covers: false, missed: { eventName: 'ScheduleKeyDeletion', eventSource: 'kms.amazonaws.com' } });
  });

  it('rejects a pattern narrowed by an extra AND term', () => {
    expect(covers('5.4', `{ ($.eventName = CreatePolicy) && ($.userIdentity.type = Root) }`)).toBe(false);
    expect(covers('5.3', '{ $.userIdentity.type = Root && $.eventName = ConsoleLogin }')).toBe(false);
  });

  it('rejects a pattern matching the right words on another field', () => {
    expect(covers('5.6', '{ ($.eventName = ConsoleLogin) && ($.errorCode = "Failed authentication") }')).toBe(false);
  });

  it('rejects a 5.1 pattern that only counts AccessDenied errors', () => {
    expect(covers('5.1', '{ $.errorCode = "AccessDenied*" }')).toBe(false);
  });

  it('accepts a wildcard that counts both error codes at once', () => {
    expect(covers('5.1', '{ $.errorCode = "*" }')).toBe(true);
  });

  it('rejects the 5.10 pattern of older benchmarks, which lacks ModifySecurityGroupRules', () => {
    const old =
      '{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = AuthorizeSecurityGroupEgress) || ($.eventName = RevokeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupEgress) || ($.eventName = CreateSecurityGroup) || ($.eventName = DeleteSecurityGroup) }';
    expect(covers('5.10', old)).toBe(false);
  });

  it('accepts an empty pattern, which counts every event', () => {
    expect(covers('5.15', '')).toBe(true);
  });

  it('answers unknown rather than guessing when a pattern reads too many values', () => {
    const wide = `{ ${Array.from({ length: 8 }, (_, i) => `($.f${i} = a${i} || $.f${i} = b${i} || $.f${i} = c${i})`).join(' && ')} }`;
    expect(coversPattern(node(wide), requiredPatterns(monitoringItem('5.4'))[0]!).covers).toBe('unknown');
  });
});
