import { describe, expect, it } from 'vitest';
import { type PolicyDocument, parsePolicyDocument } from '../../../../src/providers/aws/iam-policy.js';
import { adminStatements, escalationPaths, isAdminEquivalent, resourceExposure } from '../../../../src/providers/aws/policy/index.js';

const doc = (...statements: Record<string, unknown>[]): PolicyDocument =>
  parsePolicyDocument(JSON.stringify({ Version: '2012-10-17', Statement: statements }));
const ME = '111122223333';
const THEM = '444455556666';
const ORG = 'o-abc123';

describe('isAdminEquivalent', () => {
  it.each<[string, PolicyDocument, string]>([
    ['Action * on *', doc({ Effect: 'Allow', Action: '*', Resource: '*' }), 'yes'],
    ['Action *:* on *', doc({ Effect: 'Allow', Action: '*:*', Resource: '*' }), 'yes'],
    ['NotAction of one service with Allow on *', doc({ Effect: 'Allow', NotAction: 's3:*', Resource: '*' }), 'yes'],
    [
      'NotAction iam:* (PowerUserAccess) is not administrator',
      doc({ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*'], Resource: '*' }),
      'no',
    ],
    ['every action on one bucket only', doc({ Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::b' }), 'no'],
    ['iam:* and sts:* only', doc({ Effect: 'Allow', Action: ['iam:*', 'sts:*'], Resource: '*' }), 'no'],
    [
      '* on * with an MFA condition is conditional',
      doc({ Effect: 'Allow', Action: '*', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }),
      'unknown',
    ],
    [
      '* on * minus a Deny on iam:*',
      doc({ Effect: 'Allow', Action: '*', Resource: '*' }, { Effect: 'Deny', Action: 'iam:*', Resource: '*' }),
      'no',
    ],
    ['* on NotResource of one bucket', doc({ Effect: 'Allow', Action: '*', NotResource: 'arn:aws:s3:::b' }), 'yes'],
  ])('%s', (_t, d, want) => expect(isAdminEquivalent([d])).toBe(want));

  it('names the statements that are admin on their own', () => {
    const d = doc(
      { Sid: 'Read', Effect: 'Allow', Action: 's3:Get*', Resource: '*' },
      { Effect: 'Allow', NotAction: 'ec2:*', Resource: '*' },
    );
    expect(adminStatements(d)).toEqual(['Statement[1]']);
  });
  it('is judged across policies: two halves make a whole', () => {
    expect(
      isAdminEquivalent([
        doc({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }),
        doc({ Effect: 'Allow', Action: 'iam:*', Resource: '*' }),
      ]),
    ).toBe('yes');
  });
});

describe('escalationPaths', () => {
  const ids = (d: PolicyDocument[], b?: PolicyDocument) => escalationPaths(d, b).map((f) => `${f.primitive.id}:${f.verdict}`);
  it('names a single-action primitive', () => {
    expect(ids([doc({ Effect: 'Allow', Action: 'iam:CreatePolicyVersion', Resource: `arn:aws:iam::${ME}:policy/*` })])).toEqual([
      'create-policy-version:yes',
    ]);
  });
  it('needs every action of a combined primitive', () => {
    const pass = doc({ Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' });
    expect(ids([pass])).toEqual([]);
    expect(ids([pass, doc({ Effect: 'Allow', Action: 'ec2:RunInstances', Resource: '*' })])).toEqual(['passrole-ec2:yes']);
    expect(ids([pass, doc({ Effect: 'Allow', Action: ['lambda:CreateFunction', 'lambda:InvokeFunction'], Resource: '*' })])).toEqual([
      'passrole-lambda-invoke:yes',
    ]);
  });
  it('a Deny on every resource removes the path; a narrower one does not', () => {
    const allow = doc({ Effect: 'Allow', Action: 'iam:Put*Policy', Resource: '*' });
    expect(ids([allow, doc({ Effect: 'Deny', Action: 'iam:PutUserPolicy', Resource: '*' })])).toEqual([
      'put-group-policy:yes',
      'put-role-policy:yes',
    ]);
    expect(ids([allow, doc({ Effect: 'Deny', Action: 'iam:PutUserPolicy', Resource: `arn:aws:iam::${ME}:user/root-ish` })])).toContain(
      'put-user-policy:yes',
    );
  });
  it('conditions make the path conditional, a boundary can remove it', () => {
    const conditional = doc({
      Effect: 'Allow',
      Action: 'iam:CreateAccessKey',
      Resource: '*',
      Condition: { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } },
    });
    expect(ids([conditional])).toEqual(['create-access-key:unknown']);
    const boundary = doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' });
    expect(ids([doc({ Effect: 'Allow', Action: '*', Resource: '*' })], boundary)).toEqual([]);
  });
  it('an administrator has every primitive', () => {
    expect(escalationPaths([doc({ Effect: 'Allow', Action: '*', Resource: '*' })]).length).toBeGreaterThan(20);
  });
});

describe('resourceExposure', () => {
  const scope = { account: ME, orgId: ORG, orgAccounts: [ME, '777788889999'] };
  const allow = (extra: Record<string, unknown>) => ({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*', ...extra });
  const cases: [string, PolicyDocument, { public: boolean; externalAccounts: string[]; crossOrg: boolean; orgWide?: boolean }][] = [
    ['Principal "*" is public', doc(allow({ Principal: '*' })), { public: true, externalAccounts: [], crossOrg: true }],
    ['{"AWS":"*"} is public', doc(allow({ Principal: { AWS: '*' } })), { public: true, externalAccounts: [], crossOrg: true }],
    [
      'NotPrincipal with Allow is public',
      doc(allow({ NotPrincipal: { AWS: THEM } })),
      { public: true, externalAccounts: [], crossOrg: true },
    ],
    [
      'a TLS-only condition does not narrow who',
      doc(allow({ Principal: '*', Condition: { Bool: { 'aws:SecureTransport': 'true' } } })),
      { public: true, externalAccounts: [], crossOrg: true },
    ],
    [
      'aws:PrincipalOrgID of our organisation keeps it inside',
      doc(allow({ Principal: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': ORG } } })),
      { public: false, externalAccounts: [], crossOrg: false, orgWide: true },
    ],
    [
      'StringEqualsIfExists on aws:PrincipalOrgID does not (callers outside any organisation lack the key)',
      doc(allow({ Principal: '*', Condition: { StringEqualsIfExists: { 'aws:PrincipalOrgID': ORG } } })),
      { public: true, externalAccounts: [], crossOrg: true },
    ],
    [
      'ForAllValues on the org paths does not either (empty-set pitfall)',
      doc(allow({ Principal: '*', Condition: { 'ForAllValues:StringLike': { 'aws:PrincipalOrgPaths': `${ORG}/*` } } })),
      { public: true, externalAccounts: [], crossOrg: true },
    ],
    [
      'a fixed aws:SourceIp range is not public',
      doc(allow({ Principal: '*', Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } })),
      { public: false, externalAccounts: [], crossOrg: false },
    ],
    [
      'aws:SourceIp ranges covering the internet are public',
      doc(allow({ Principal: '*', Condition: { IpAddress: { 'aws:SourceIp': ['0.0.0.0/1', '128.0.0.0/1'] } } })),
      { public: true, externalAccounts: [], crossOrg: true },
    ],
    [
      'a fixed aws:SourceVpce is not public',
      doc(allow({ Principal: '*', Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-1a2b3c' } } })),
      { public: false, externalAccounts: [], crossOrg: false },
    ],
    [
      'vpce-* is any endpoint: public',
      doc(allow({ Principal: '*', Condition: { StringLike: { 'aws:SourceVpce': 'vpce-*' } } })),
      { public: true, externalAccounts: [], crossOrg: true },
    ],
    [
      'aws:PrincipalAccount pins one external account',
      doc(allow({ Principal: '*', Condition: { StringEquals: { 'aws:PrincipalAccount': THEM } } })),
      { public: false, externalAccounts: [THEM], crossOrg: true },
    ],
    [
      'aws:SourceAccount pins the service caller',
      doc(allow({ Principal: '*', Condition: { StringEquals: { 'aws:SourceAccount': ME } } })),
      { public: false, externalAccounts: [], crossOrg: false },
    ],
    [
      'a named external account',
      doc(allow({ Principal: { AWS: `arn:aws:iam::${THEM}:root` } })),
      { public: false, externalAccounts: [THEM], crossOrg: true },
    ],
    [
      'a member account of the organisation',
      doc(allow({ Principal: { AWS: '777788889999' } })),
      { public: false, externalAccounts: ['777788889999'], crossOrg: false },
    ],
    ['our own account only', doc(allow({ Principal: { AWS: ME } })), { public: false, externalAccounts: [], crossOrg: false }],
    [
      'a service principal',
      doc(allow({ Principal: { Service: 'cloudtrail.amazonaws.com' } })),
      { public: false, externalAccounts: [], crossOrg: false },
    ],
    [
      'a public Allow neutralised by a Deny outside the organisation',
      doc(allow({ Principal: '*' }), {
        Effect: 'Deny',
        Principal: '*',
        Action: '*',
        Resource: '*',
        Condition: { StringNotEquals: { 'aws:PrincipalOrgID': ORG } },
      }),
      { public: false, externalAccounts: [], crossOrg: false },
    ],
    [
      'a Deny the outsider can dodge (plain HTTP only) does not neutralise it',
      doc(allow({ Principal: '*' }), {
        Effect: 'Deny',
        Principal: '*',
        Action: '*',
        Resource: '*',
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      }),
      { public: true, externalAccounts: [], crossOrg: true },
    ],
    [
      'a Deny statement alone exposes nothing',
      doc({ Effect: 'Deny', Principal: '*', Action: '*', Resource: '*' }),
      { public: false, externalAccounts: [], crossOrg: false },
    ],
  ];
  it.each(cases)('%s', (_t, d, want) => {
    const got = resourceExposure(d, scope);
    expect({ public: got.public, externalAccounts: got.externalAccounts, crossOrg: got.crossOrg }).toEqual({
      public: want.public,
      externalAccounts: want.externalAccounts,
      crossOrg: want.crossOrg,
    });
    if (want.orgWide !== undefined) expect(got.orgWide).toBe(want.orgWide);
  });
  it('only statements covering the asked actions count', () => {
    const d = doc({ Effect: 'Allow', Principal: '*', Action: 'kms:DescribeKey', Resource: '*' });
    expect(resourceExposure(d, { ...scope, actions: ['kms:Decrypt'] }).public).toBe(false);
    expect(resourceExposure(d, { ...scope, actions: ['kms:DescribeKey'] }).public).toBe(true);
  });
});

describe('resourceExposure for KMS', () => {
  it('kms:CallerAccount pinned to the owner is not public (the AWS-managed key pattern)', () => {
    const d = parsePolicyDocument(
      JSON.stringify({
        Statement: {
          Effect: 'Allow',
          Principal: { AWS: '*' },
          Action: ['kms:Decrypt'],
          Resource: '*',
          Condition: { StringEquals: { 'kms:CallerAccount': ME } },
        },
      }),
    );
    expect(resourceExposure(d, { account: ME })).toMatchObject({ public: false, externalAccounts: [], crossOrg: false });
    const other = parsePolicyDocument(
      JSON.stringify({
        Statement: {
          Effect: 'Allow',
          Principal: '*',
          Action: 'kms:Decrypt',
          Resource: '*',
          Condition: { StringEquals: { 'kms:CallerAccount': THEM } },
        },
      }),
    );
    expect(resourceExposure(other, { account: ME })).toMatchObject({ public: false, externalAccounts: [THEM] });
  });
});
