import {
  GenerateCredentialReportCommand,
  GetAccountAuthorizationDetailsCommand,
  GetAccountPasswordPolicyCommand,
  GetAccountSummaryCommand,
  GetCredentialReportCommand,
  GetPolicyCommand,
  GetPolicyVersionCommand,
  IAMClient,
} from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { awsError, collect, fakeService, needs, throttledThen } from '../../../../../test/support/aws.js';
import { ACCOUNT } from '../../../../../test/support/snapshot.js';
import type { Collector } from '../../../../inventory/collector.js';
import { parsePolicyDocument } from '../../iam-policy.js';
import { collectInventory } from '../../scan.js';
import { iamAccessKeyRotated } from './checks/aws.iam.access-key-rotated.js';
import { iamConsoleUserMfaEnabled } from './checks/aws.iam.console-user-mfa-enabled.js';
import { iamNoStarStarPolicy } from './checks/aws.iam.no-star-star-policy.js';
import { iamNoUserAdminAttached } from './checks/aws.iam.no-user-admin-attached.js';
import { iamRootMfaEnabled } from './checks/aws.iam.root-mfa-enabled.js';
import { iamRootNoAccessKeys } from './checks/aws.iam.root-no-access-keys.js';
import { credentialReportCollector, decodePolicyDocument, parseCsv } from './collect.js';
import {
  IAM_ACCOUNT_SUMMARY,
  IAM_AUTHORIZATION_DETAILS,
  IAM_AWS_MANAGED_POLICIES,
  IAM_CREDENTIAL_REPORT,
  IAM_PASSWORD_POLICY,
} from './state.js';

let iam = mockClient(IAMClient);
afterEach(() => iam.reset());

const entry = (inv: Awaited<ReturnType<typeof collect>>['inventory'], key: string) => inv[key]!.global!.result;

// ---------------------------------------------------------------- credential report

const HEADER =
  'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,' +
  'access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,' +
  'access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,' +
  'cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated';
const CSV = [
  HEADER,
  `<root_account>,arn:aws:iam::${ACCOUNT}:root,2020-01-01T00:00:00+00:00,not_supported,2026-10-20T09:00:00+00:00,not_supported,not_supported,true,` +
    'false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A',
  // IAM user names may contain commas; the report quotes them.
  `"ops,admin","arn:aws:iam::${ACCOUNT}:user/ops,admin",2025-01-01T00:00:00+00:00,true,no_information,2025-01-02T00:00:00+00:00,N/A,false,` +
    'true,2026-06-01T00:00:00+00:00,2026-10-31T12:00:00+00:00,us-east-1,s3,true,2026-09-01T00:00:00+00:00,N/A,N/A,N/A,false,N/A,false,N/A',
].join('\n');
const csv = (text = CSV) => ({
  Content: new TextEncoder().encode(text),
  ReportFormat: 'text/csv' as const,
  GeneratedTime: new Date('2026-11-01T11:00:00Z'),
});

/** Collect the report with a near-instant poll interval, through the same planner and store as a scan. */
async function collectReport(maxPolls: number) {
  const collector = credentialReportCollector({ maxPolls, intervalMs: 1 }) as unknown as Collector<unknown, never>;
  return collectInventory([needs(IAM_CREDENTIAL_REPORT)], {
    credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'test' },
    account: { id: ACCOUNT, partition: 'aws' },
    homeRegion: 'us-east-1',
    regions: ['us-east-1'],
    collectors: [collector],
  });
}

describe('aws.iam.credentialReport', () => {
  it('parses the CSV into typed rows, with N/A, no_information and not_supported as null', async () => {
    iam.on(GenerateCredentialReportCommand).resolves({ State: 'COMPLETE' });
    iam.on(GetCredentialReportCommand).resolves(csv());
    const { inventory } = await collect([IAM_CREDENTIAL_REPORT]);
    expect(entry(inventory, 'aws.iam.credentialReport')).toEqual({
      ok: true,
      value: {
        generatedAt: '2026-11-01T11:00:00.000Z',
        rows: [
          {
            user: '<root_account>',
            arn: `arn:aws:iam::${ACCOUNT}:root`,
            userCreationTime: '2020-01-01T00:00:00.000Z',
            passwordEnabled: null,
            passwordLastUsed: '2026-10-20T09:00:00.000Z',
            passwordLastChanged: null,
            mfaActive: true,
            accessKeys: [
              { slot: 1, active: false, lastRotated: null, lastUsed: null },
              { slot: 2, active: false, lastRotated: null, lastUsed: null },
            ],
          },
          {
            user: 'ops,admin',
            arn: `arn:aws:iam::${ACCOUNT}:user/ops,admin`,
            userCreationTime: '2025-01-01T00:00:00.000Z',
            // The comma in the quoted name must not shift the columns: these read from the right places.
            passwordEnabled: true,
            passwordLastUsed: null,
            passwordLastChanged: '2025-01-02T00:00:00.000Z',
            mfaActive: false,
            accessKeys: [
              { slot: 1, active: true, lastRotated: '2026-06-01T00:00:00.000Z', lastUsed: '2026-10-31T12:00:00.000Z' },
              { slot: 2, active: true, lastRotated: '2026-09-01T00:00:00.000Z', lastUsed: null },
            ],
          },
        ],
      },
    });
  });

  it('polls GenerateCredentialReport until the report is COMPLETE, then reads it once', async () => {
    iam
      .on(GenerateCredentialReportCommand)
      .resolvesOnce({ State: 'STARTED' })
      .resolvesOnce({ State: 'INPROGRESS' })
      .resolves({ State: 'COMPLETE' });
    iam.on(GetCredentialReportCommand).resolves(csv());
    const inventory = await collectReport(5);
    expect(entry(inventory, 'aws.iam.credentialReport')).toMatchObject({ ok: true });
    expect(iam.commandCalls(GenerateCredentialReportCommand)).toHaveLength(3);
    expect(iam.commandCalls(GetCredentialReportCommand)).toHaveLength(1);
  });

  it('gives up after the poll budget with a classified error, and never reads a half-made report', async () => {
    iam.on(GenerateCredentialReportCommand).resolves({ State: 'INPROGRESS' });
    const inventory = await collectReport(3);
    expect(entry(inventory, 'aws.iam.credentialReport')).toMatchObject({
      ok: false,
      error: { kind: 'throttled', api: 'iam:GenerateCredentialReport', code: 'ReportInProgress' },
    });
    expect(iam.commandCalls(GenerateCredentialReportCommand)).toHaveLength(3);
    expect(iam.commandCalls(GetCredentialReportCommand)).toHaveLength(0);
  });

  it('reports ReportNotPresent from GetCredentialReport against that API', async () => {
    iam.on(GenerateCredentialReportCommand).resolves({ State: 'COMPLETE' });
    iam.on(GetCredentialReportCommand).rejects(awsError('ReportNotPresent', 410));
    const { inventory } = await collect([IAM_CREDENTIAL_REPORT]);
    expect(entry(inventory, 'aws.iam.credentialReport')).toMatchObject({
      ok: false,
      error: { api: 'iam:GetCredentialReport', code: 'ReportNotPresent' },
    });
  });

  it('classifies AccessDenied with the IAM action needed', async () => {
    iam.on(GenerateCredentialReportCommand).rejects(awsError('AccessDenied', 403));
    const { inventory } = await collect([IAM_CREDENTIAL_REPORT]);
    expect(entry(inventory, 'aws.iam.credentialReport')).toMatchObject({
      ok: false,
      error: { kind: 'denied', api: 'iam:GenerateCredentialReport', action: 'iam:GenerateCredentialReport' },
    });
  });

  it('fails the key, rather than defaulting, when a column is missing', async () => {
    iam.on(GenerateCredentialReportCommand).resolves({ State: 'COMPLETE' });
    iam.on(GetCredentialReportCommand).resolves(csv('user,arn\nx,arn:aws:iam::1:user/x'));
    const { inventory } = await collect([IAM_CREDENTIAL_REPORT]);
    expect(entry(inventory, 'aws.iam.credentialReport')).toMatchObject({
      ok: false,
      error: { kind: 'unknown', api: 'iam:GetCredentialReport' },
    });
  });

  it('runs generate and get once for several checks', async () => {
    iam.on(GenerateCredentialReportCommand).resolves({ State: 'COMPLETE' });
    iam.on(GetCredentialReportCommand).resolves(csv());
    await collect([iamAccessKeyRotated, iamConsoleUserMfaEnabled]);
    expect(iam.commandCalls(GenerateCredentialReportCommand)).toHaveLength(1);
    expect(iam.commandCalls(GetCredentialReportCommand)).toHaveLength(1);
  });
});

describe('parseCsv', () => {
  it('handles quotes, doubled quotes, CRLF and a trailing newline', () => {
    expect(parseCsv('a,b\r\n"x,""y""",z\r\n')).toEqual([
      ['a', 'b'],
      ['x,"y"', 'z'],
    ]);
  });
});

// ---------------------------------------------------------------- authorization details

const enc = (doc: object) => encodeURIComponent(JSON.stringify(doc));
const allowAll = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
const trust = {
  Version: '2012-10-17',
  Statement: { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' },
};
/** What the collector should store: the shared parser's normalised form. */
const parsed = (doc: object) => parsePolicyDocument(JSON.stringify(doc));

describe('aws.iam.authorizationDetails', () => {
  it('follows Marker pages, decodes URL-encoded documents and keeps the default policy version', async () => {
    iam
      .on(GetAccountAuthorizationDetailsCommand)
      .resolvesOnce({
        UserDetailList: [
          {
            UserName: 'bob',
            Arn: `arn:aws:iam::${ACCOUNT}:user/bob`,
            Path: '/',
            GroupList: ['devs'],
            AttachedManagedPolicies: [{ PolicyName: 'AdministratorAccess', PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' }],
            UserPolicyList: [{ PolicyName: 'inline', PolicyDocument: enc(allowAll) }],
          },
        ],
        GroupDetailList: [{ GroupName: 'devs', Arn: `arn:aws:iam::${ACCOUNT}:group/devs`, Path: '/' }],
        IsTruncated: true,
        Marker: 'm1',
      })
      .resolvesOnce({
        RoleDetailList: [
          { RoleName: 'fn', Arn: `arn:aws:iam::${ACCOUNT}:role/fn`, Path: '/service/', AssumeRolePolicyDocument: enc(trust) },
        ],
        Policies: [
          {
            PolicyName: 'legacy-admin',
            Arn: `arn:aws:iam::${ACCOUNT}:policy/legacy-admin`,
            AttachmentCount: 1,
            PolicyVersionList: [
              { VersionId: 'v1', IsDefaultVersion: false, Document: enc({ Statement: [] }) },
              { VersionId: 'v2', IsDefaultVersion: true, Document: enc(allowAll) },
            ],
          },
        ],
        IsTruncated: false,
      });
    const { inventory } = await collect([IAM_AUTHORIZATION_DETAILS]);
    expect(entry(inventory, 'aws.iam.authorizationDetails')).toEqual({
      ok: true,
      value: {
        users: [
          {
            name: 'bob',
            arn: `arn:aws:iam::${ACCOUNT}:user/bob`,
            path: '/',
            groups: ['devs'],
            attachedPolicyArns: ['arn:aws:iam::aws:policy/AdministratorAccess'],
            inlinePolicies: [{ name: 'inline', document: parsed(allowAll) }],
          },
        ],
        groups: [{ name: 'devs', arn: `arn:aws:iam::${ACCOUNT}:group/devs`, path: '/', attachedPolicyArns: [], inlinePolicies: [] }],
        roles: [
          {
            name: 'fn',
            arn: `arn:aws:iam::${ACCOUNT}:role/fn`,
            path: '/service/',
            attachedPolicyArns: [],
            inlinePolicies: [],
            trustPolicy: parsed(trust),
          },
        ],
        policies: [
          { name: 'legacy-admin', arn: `arn:aws:iam::${ACCOUNT}:policy/legacy-admin`, attachmentCount: 1, document: parsed(allowAll) },
        ],
      },
    });
    const calls = iam.commandCalls(GetAccountAuthorizationDetailsCommand);
    expect(calls).toHaveLength(2);
    // AWS-managed policy documents are not fetched: the checks only need their ARNs.
    expect(calls[0]!.args[0].input.Filter).toEqual(['User', 'Group', 'Role', 'LocalManagedPolicy']);
    expect(calls[1]!.args[0].input).toMatchObject({ Marker: 'm1' });
  });

  it('fails the key when a managed policy has no default version, rather than guessing', async () => {
    iam
      .on(GetAccountAuthorizationDetailsCommand)
      .resolves({ Policies: [{ PolicyName: 'p', Arn: 'arn:aws:iam::1:policy/p', PolicyVersionList: [] }] });
    const { inventory } = await collect([IAM_AUTHORIZATION_DETAILS]);
    expect(entry(inventory, 'aws.iam.authorizationDetails')).toMatchObject({
      ok: false,
      error: { kind: 'unknown', api: 'iam:GetAccountAuthorizationDetails' },
    });
  });

  it('fails the key on a document that is not a valid policy', async () => {
    iam.on(GetAccountAuthorizationDetailsCommand).resolves({
      UserDetailList: [
        {
          UserName: 'u',
          Arn: 'arn:aws:iam::1:user/u',
          UserPolicyList: [{ PolicyName: 'bad', PolicyDocument: enc({ Statement: { Effect: 'Maybe' } }) }],
        },
      ],
    });
    const { inventory } = await collect([IAM_AUTHORIZATION_DETAILS]);
    expect(entry(inventory, 'aws.iam.authorizationDetails')).toMatchObject({
      ok: false,
      error: {
        kind: 'unknown',
        api: 'iam:GetAccountAuthorizationDetails',
        message: expect.stringContaining('inline policy bad of user u'),
      },
    });
  });

  it('classifies AccessDenied with the IAM action needed', async () => {
    iam.on(GetAccountAuthorizationDetailsCommand).rejects(awsError('AccessDenied', 403));
    const { inventory } = await collect([IAM_AUTHORIZATION_DETAILS]);
    expect(entry(inventory, 'aws.iam.authorizationDetails')).toMatchObject({
      ok: false,
      error: { kind: 'denied', api: 'iam:GetAccountAuthorizationDetails', action: 'iam:GetAccountAuthorizationDetails' },
    });
  });

  it('is fetched once however many checks need it', async () => {
    iam.on(GetAccountAuthorizationDetailsCommand).resolves({ UserDetailList: [] });
    await collect([iamNoStarStarPolicy, iamNoUserAdminAttached]);
    expect(iam.commandCalls(GetAccountAuthorizationDetailsCommand)).toHaveLength(1);
  });
});

describe('decodePolicyDocument', () => {
  const doc = { Statement: { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/100%/*' } };
  it('URL-decodes, keeping an encoded percent sign', () => {
    expect(decodePolicyDocument(enc(doc), 'p')).toEqual(parsed(doc));
  });
  it('accepts plain JSON that would not URL-decode (emulators)', () => {
    expect(decodePolicyDocument(JSON.stringify(doc), 'p')).toEqual(parsed(doc));
  });
});

// ---------------------------------------------------------------- account summary, password policy
// Neither GetAccountSummary nor GetAccountPasswordPolicy is paginated.

describe('aws.iam.accountSummary', () => {
  it('reads root MFA and root keys once for both root checks', async () => {
    iam.on(GetAccountSummaryCommand).resolves({ SummaryMap: { AccountMFAEnabled: 1, AccountAccessKeysPresent: 0, Users: 3 } });
    const { inventory } = await collect([iamRootMfaEnabled, iamRootNoAccessKeys]);
    expect(entry(inventory, 'aws.iam.accountSummary')).toEqual({
      ok: true,
      value: { accountMfaEnabled: true, accountAccessKeysPresent: false },
    });
    expect(iam.commandCalls(GetAccountSummaryCommand)).toHaveLength(1);
  });

  it('fails the key when a value is missing', async () => {
    iam.on(GetAccountSummaryCommand).resolves({ SummaryMap: { AccountMFAEnabled: 1 } });
    const { inventory } = await collect([IAM_ACCOUNT_SUMMARY]);
    expect(entry(inventory, 'aws.iam.accountSummary')).toMatchObject({
      ok: false,
      error: { kind: 'unknown', api: 'iam:GetAccountSummary' },
    });
  });

  it('classifies AccessDenied with the IAM action needed', async () => {
    iam.on(GetAccountSummaryCommand).rejects(awsError('AccessDenied', 403));
    const { inventory } = await collect([IAM_ACCOUNT_SUMMARY]);
    expect(entry(inventory, 'aws.iam.accountSummary')).toMatchObject({
      ok: false,
      error: { kind: 'denied', action: 'iam:GetAccountSummary' },
    });
  });
});

describe('aws.iam.passwordPolicy', () => {
  it('maps the policy', async () => {
    iam.on(GetAccountPasswordPolicyCommand).resolves({
      PasswordPolicy: {
        MinimumPasswordLength: 8,
        RequireUppercaseCharacters: true,
        RequireLowercaseCharacters: true,
        RequireNumbers: true,
        RequireSymbols: false,
        AllowUsersToChangePassword: true,
        ExpirePasswords: false,
      },
    });
    const { inventory } = await collect([IAM_PASSWORD_POLICY]);
    expect(entry(inventory, 'aws.iam.passwordPolicy')).toEqual({
      ok: true,
      value: {
        minimumPasswordLength: 8,
        requireSymbols: false,
        requireNumbers: true,
        requireUppercase: true,
        requireLowercase: true,
        passwordReusePrevention: null,
        maxPasswordAge: null,
        allowUsersToChangePassword: true,
        hardExpiry: false,
      },
    });
  });

  it.each(['NoSuchEntity', 'NoSuchEntityException'])('treats %s (no policy set) as data: ok(null)', async (name) => {
    iam.on(GetAccountPasswordPolicyCommand).rejects(awsError(name, 404));
    const { inventory } = await collect([IAM_PASSWORD_POLICY]);
    expect(entry(inventory, 'aws.iam.passwordPolicy')).toEqual({ ok: true, value: null });
  });

  it('classifies AccessDenied with the IAM action needed', async () => {
    iam.on(GetAccountPasswordPolicyCommand).rejects(awsError('AccessDenied', 403));
    const { inventory } = await collect([IAM_PASSWORD_POLICY]);
    expect(entry(inventory, 'aws.iam.passwordPolicy')).toMatchObject({
      ok: false,
      error: { kind: 'denied', api: 'iam:GetAccountPasswordPolicy', action: 'iam:GetAccountPasswordPolicy' },
    });
  });
});

// ---------------------------------------------------------------- throttling (real SDK retry loop)

describe('throttling', () => {
  it('lets the SDK retry throttling, then succeeds, and counts the throttles', async () => {
    iam.restore();
    try {
      const details = throttledThen({ UserDetailList: [{ UserName: 'u', Arn: 'arn:aws:iam::1:user/u' }] }, 2, 'Throttling');
      const summary = throttledThen({ SummaryMap: { AccountMFAEnabled: 0, AccountAccessKeysPresent: 1 } }, 1, 'Throttling');
      const { inventory, stats } = await collect([IAM_AUTHORIZATION_DETAILS, IAM_ACCOUNT_SUMMARY], {
        client: { configure: fakeService({ GetAccountAuthorizationDetails: details, GetAccountSummary: summary }) },
      });
      expect(entry(inventory, 'aws.iam.authorizationDetails')).toMatchObject({ ok: true, value: { users: [{ name: 'u' }] } });
      expect(entry(inventory, 'aws.iam.accountSummary')).toEqual({
        ok: true,
        value: { accountMfaEnabled: false, accountAccessKeysPresent: true },
      });
      expect(details.calls).toBe(3);
      expect(stats.toJSON()['iam:GetAccountAuthorizationDetails']).toMatchObject({ calls: 1, attempts: 3, throttles: 2, errors: 0 });
      expect(stats.toJSON()['iam:GetAccountSummary']).toMatchObject({ calls: 1, attempts: 2, throttles: 1, errors: 0 });
    } finally {
      iam = mockClient(IAMClient);
    }
  });

  it('reports throttling that outlasts the retries as throttled, never as data', async () => {
    iam.on(GetAccountPasswordPolicyCommand).rejects(awsError('Throttling', 400));
    const { inventory } = await collect([IAM_PASSWORD_POLICY]);
    expect(entry(inventory, 'aws.iam.passwordPolicy')).toMatchObject({
      ok: false,
      error: { kind: 'throttled', api: 'iam:GetAccountPasswordPolicy' },
    });
  });
});

describe('aws.iam.awsManagedPolicies', () => {
  const ADMIN = 'arn:aws:iam::aws:policy/AdministratorAccess';
  const READ = 'arn:aws:iam::aws:policy/ReadOnlyAccess';
  const BOUNDARY = 'arn:aws:iam::aws:policy/PowerUserAccess';
  const enc = (doc: object) => encodeURIComponent(JSON.stringify(doc));

  it('reads the default version of each AWS-managed policy in use once, boundaries included; a denied one stays on that policy', async () => {
    iam
      .on(GetAccountAuthorizationDetailsCommand)
      .resolvesOnce({
        UserDetailList: [
          {
            UserName: 'a',
            Arn: `arn:aws:iam::${ACCOUNT}:user/a`,
            AttachedManagedPolicies: [{ PolicyArn: ADMIN }],
            PermissionsBoundary: { PermissionsBoundaryArn: BOUNDARY },
          },
        ],
        IsTruncated: true,
        Marker: 'm',
      })
      .resolvesOnce({
        RoleDetailList: [
          {
            RoleName: 'r',
            Arn: `arn:aws:iam::${ACCOUNT}:role/r`,
            AttachedManagedPolicies: [{ PolicyArn: ADMIN }, { PolicyArn: READ }, { PolicyArn: `arn:aws:iam::${ACCOUNT}:policy/mine` }],
          },
        ],
      });
    iam.on(GetPolicyCommand).callsFake((input: { PolicyArn: string }) => ({ Policy: { Arn: input.PolicyArn, DefaultVersionId: 'v3' } }));
    iam
      .on(GetPolicyVersionCommand, { PolicyArn: ADMIN, VersionId: 'v3' })
      .resolves({ PolicyVersion: { Document: enc({ Statement: { Effect: 'Allow', Action: '*', Resource: '*' } }) } });
    iam
      .on(GetPolicyVersionCommand, { PolicyArn: BOUNDARY, VersionId: 'v3' })
      .resolves({ PolicyVersion: { Document: enc({ Statement: { Effect: 'Allow', NotAction: 'iam:*', Resource: '*' } }) } });
    iam.on(GetPolicyVersionCommand, { PolicyArn: READ, VersionId: 'v3' }).rejects(awsError('AccessDenied', 403));
    const { inventory } = await collect([IAM_AWS_MANAGED_POLICIES]);
    const got = entry(inventory, 'aws.iam.awsManagedPolicies');
    expect(got).toMatchObject({
      ok: true,
      value: {
        [ADMIN]: { ok: true, value: { statements: [{ effect: 'Allow', action: ['*'] }] } },
        [BOUNDARY]: { ok: true, value: { statements: [{ effect: 'Allow', notAction: ['iam:*'] }] } },
        [READ]: { ok: false, error: { kind: 'denied', api: 'iam:GetPolicyVersion' } },
      },
    });
    expect(Object.keys((got as { value: object }).value)).toHaveLength(3);
    expect(iam.commandCalls(GetPolicyCommand)).toHaveLength(3);
    const details = entry(inventory, 'aws.iam.authorizationDetails') as { value: { users: { permissionsBoundaryArn?: string }[] } };
    expect(details.value.users[0]!.permissionsBoundaryArn).toBe(BOUNDARY);
  });

  it('GetPolicy denied is a denied error on that policy', async () => {
    iam
      .on(GetAccountAuthorizationDetailsCommand)
      .resolves({ RoleDetailList: [{ RoleName: 'r', Arn: 'arn:aws:iam::1:role/r', AttachedManagedPolicies: [{ PolicyArn: ADMIN }] }] });
    iam.on(GetPolicyCommand).rejects(awsError('AccessDenied', 403));
    const { inventory } = await collect([IAM_AWS_MANAGED_POLICIES]);
    expect(entry(inventory, 'aws.iam.awsManagedPolicies')).toMatchObject({
      ok: true,
      value: { [ADMIN]: { ok: false, error: { kind: 'denied', api: 'iam:GetPolicy' } } },
    });
  });

  it('throttling is retried by the SDK', async () => {
    iam.restore();
    try {
      const get = throttledThen({ Policy: { Arn: ADMIN, DefaultVersionId: 'v1' } }, 2, 'Throttling');
      const { inventory, stats } = await collect([IAM_AWS_MANAGED_POLICIES], {
        client: {
          configure: fakeService({
            GetAccountAuthorizationDetails: () => ({
              RoleDetailList: [{ RoleName: 'r', Arn: 'arn:aws:iam::1:role/r', AttachedManagedPolicies: [{ PolicyArn: ADMIN }] }],
            }),
            GetPolicy: get,
            GetPolicyVersion: () => ({ PolicyVersion: { Document: enc({ Statement: { Effect: 'Allow', Action: '*', Resource: '*' } }) } }),
          }),
        },
      });
      expect(entry(inventory, 'aws.iam.awsManagedPolicies')).toMatchObject({ ok: true, value: { [ADMIN]: { ok: true } } });
      expect(stats.toJSON()['iam:GetPolicy']).toMatchObject({ calls: 1, attempts: 3, throttles: 2 });
    } finally {
      iam = mockClient(IAMClient);
    }
  });
});
