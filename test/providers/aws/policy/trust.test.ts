import { describe, expect, it } from 'vitest';
import { parsePolicyDocument } from '../../../../src/providers/aws/iam-policy.js';
import { trustExposure } from '../../../../src/providers/aws/policy/index.js';

const ME = '111122223333';
const VENDOR = '444455556666';
const trust = (principal: unknown, condition?: Record<string, unknown>) =>
  parsePolicyDocument(
    JSON.stringify({
      Statement: { Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole', ...(condition ? { Condition: condition } : {}) },
    }),
  );

describe('trustExposure', () => {
  it.each<[string, ReturnType<typeof trust>, { anyAccount: boolean; externalAccounts: { account: string; externalId: boolean }[] }]>([
    ['a service', trust({ Service: 'ec2.amazonaws.com' }), { anyAccount: false, externalAccounts: [] }],
    ['our own account', trust({ AWS: `arn:aws:iam::${ME}:root` }), { anyAccount: false, externalAccounts: [] }],
    ['any AWS account', trust({ AWS: '*' }), { anyAccount: true, externalAccounts: [] }],
    [
      'any account, with an MFA condition, is still any account',
      trust({ AWS: '*' }, { Bool: { 'aws:MultiFactorAuthPresent': 'true' } }),
      { anyAccount: true, externalAccounts: [] },
    ],
    [
      'any account of our organisation',
      trust({ AWS: '*' }, { StringEquals: { 'aws:PrincipalOrgID': 'o-abc' } }),
      { anyAccount: false, externalAccounts: [] },
    ],
    [
      'a vendor without an external id',
      trust({ AWS: `arn:aws:iam::${VENDOR}:root` }),
      { anyAccount: false, externalAccounts: [{ account: VENDOR, externalId: false }] },
    ],
    [
      'a vendor with an external id',
      trust({ AWS: VENDOR }, { StringEquals: { 'sts:ExternalId': 'c0ffee' } }),
      { anyAccount: false, externalAccounts: [{ account: VENDOR, externalId: true }] },
    ],
    [
      'an external id only if present does not require it',
      trust({ AWS: VENDOR }, { StringEqualsIfExists: { 'sts:ExternalId': 'c0ffee' } }),
      { anyAccount: false, externalAccounts: [{ account: VENDOR, externalId: false }] },
    ],
    [
      'a wildcard pinned to the vendor account without an external id',
      trust({ AWS: '*' }, { StringEquals: { 'aws:PrincipalAccount': VENDOR } }),
      { anyAccount: false, externalAccounts: [{ account: VENDOR, externalId: false }] },
    ],
  ])('%s', (_t, d, want) => {
    const got = trustExposure(d, { account: ME, orgId: 'o-abc' });
    expect({ anyAccount: got.anyAccount, externalAccounts: got.externalAccounts }).toEqual(want);
  });
});
