import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PolicyParseError, parsePolicyDocument } from '../../../../src/providers/aws/iam-policy.js';
import {
  decide,
  escalationPaths,
  isAdminEquivalent,
  type KeyInput,
  principalFromArn,
  requestContext,
  resourceExposure,
} from '../../../../src/providers/aws/policy/index.js';

const word = fc.constantFrom(
  '*',
  '?',
  's3',
  'iam',
  'GetObject',
  'Put*',
  'arn:aws:s3:::b/*',
  '111122223333',
  'o-1',
  '${aws:username}',
  '10.0.0.0/8',
  'true',
  '',
);
const strings = fc.oneof(word, fc.string({ maxLength: 12 }), fc.array(fc.oneof(word, fc.string({ maxLength: 8 })), { maxLength: 3 }));
const operator = fc.oneof(
  fc.constantFrom(
    'StringEquals',
    'StringNotLike',
    'ForAllValues:StringLike',
    'ForAnyValue:ArnNotEquals',
    'NumericLessThan',
    'DateGreaterThan',
    'Bool',
    'IpAddress',
    'NotIpAddress',
    'Null',
    'BoolIfExists',
    'ArnLike',
  ),
  fc.string({ maxLength: 10 }),
);
const key = fc.constantFrom('aws:SourceIp', 'aws:PrincipalOrgID', 'aws:TagKeys', 'aws:username', 's3:prefix', 'aws:CurrentTime');
const principal = fc.oneof(
  fc.constant('*'),
  fc.record({ AWS: strings }),
  fc.record({ Service: strings }),
  fc.record({ Federated: strings, CanonicalUser: strings }),
);
const statement = fc.record(
  {
    Sid: fc.string({ maxLength: 5 }),
    Effect: fc.constantFrom('Allow', 'Deny'),
    Principal: principal,
    NotPrincipal: principal,
    Action: strings,
    NotAction: strings,
    Resource: strings,
    NotResource: strings,
    Condition: fc.dictionary(operator, fc.dictionary(key, strings, { maxKeys: 2 }), { maxKeys: 2 }),
  },
  { requiredKeys: ['Effect'] },
);
const policy = fc.record({ Version: fc.constant('2012-10-17'), Statement: fc.oneof(statement, fc.array(statement, { maxLength: 4 })) });
const keyInput: fc.Arbitrary<KeyInput> = fc.oneof(
  fc.constant(null),
  fc.constant('outside' as const),
  strings as fc.Arbitrary<string | string[]>,
);
const context = fc.dictionary(key, keyInput, { maxKeys: 4 });

describe('the evaluator never crashes on random policies', () => {
  it('parse, decide, admin, escalation and exposure all return', () => {
    fc.assert(
      fc.property(policy, context, fc.constantFrom('s3:GetObject', 'iam:PassRole', 'x:Y'), (raw, keys, action) => {
        let d: ReturnType<typeof parsePolicyDocument>;
        try {
          d = parsePolicyDocument(JSON.stringify(raw));
        } catch (e) {
          expect(e).toBeInstanceOf(PolicyParseError);
          return;
        }
        const p = principalFromArn('arn:aws:sts::111122223333:assumed-role/r/s')!;
        const verdict = decide(
          { principal: p, identityPolicies: [d], resourcePolicy: d, resourceAccount: '111122223333' },
          action,
          'arn:aws:s3:::b/k',
          requestContext(keys),
        );
        expect(['allowed', 'explicitly-denied', 'implicitly-denied', 'unknown']).toContain(verdict);
        expect(['yes', 'no', 'unknown']).toContain(isAdminEquivalent([d]));
        expect(Array.isArray(escalationPaths([d]))).toBe(true);
        expect(typeof resourceExposure(d, { account: '111122223333', orgId: 'o-1' }).public).toBe('boolean');
      }),
      { numRuns: 400 },
    );
  });
});
