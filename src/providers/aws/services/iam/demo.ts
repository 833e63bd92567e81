/**
 * The demo account's IAM: root with MFA but signed in 12 days ago; alice (console + MFA, fresh key),
 * bob (console without MFA, 200-day-old key, an inline policy, member of a group carrying the
 * home-made `legacy-admin` policy), ci-deploy (keys only, idle for 60 days, AdministratorAccess
 * attached directly); a weak password policy; and no role for AWS Support.
 */

import { DEMO_ACCOUNT, DEMO_NOW, DEMO_ORG_ID, demoDaysAgo } from '../../../../../demo/aws/clock.js';
import type { ServiceId } from '../../clients.js';
import { awsError, type FakeHandlers } from '../../simulator.js';

const AWS_POLICY = (name: string) => `arn:aws:iam::aws:policy/${name}`;
const OWN_POLICY = (name: string) => `arn:aws:iam::${DEMO_ACCOUNT}:policy/${name}`;
const attached = (...arns: string[]) => arns.map((PolicyArn) => ({ PolicyArn, PolicyName: PolicyArn.split('/').pop() }));

/** IAM hands policy documents out URL-encoded; the SDK passes them through as strings. */
const doc = (...Statement: object[]) => encodeURIComponent(JSON.stringify({ Version: '2012-10-17', Statement }));
const trust = (Principal: object) => doc({ Effect: 'Allow', Principal, Action: 'sts:AssumeRole' });

// ---------------------------------------------------------------- credential report

/** The report's timestamp style: `2026-11-08T09:00:00+00:00`. */
const at = (days: number | null) => (days === null ? 'N/A' : demoDaysAgo(days).toISOString().replace('.000Z', '+00:00'));

interface DemoKey {
  rotated: number;
  used: number | null;
  active?: boolean;
  service?: string;
}
const keyCells = (k?: DemoKey) =>
  k
    ? [
        String(k.active ?? true),
        at(k.rotated),
        k.used === null ? 'N/A' : at(k.used),
        k.used === null ? 'N/A' : 'us-east-1',
        k.used === null ? 'N/A' : (k.service ?? 's3'),
      ]
    : ['false', 'N/A', 'N/A', 'N/A', 'N/A'];

function userRow(
  name: string,
  o: { created: number; password?: { used: number; changed: number }; mfa: boolean; key1?: DemoKey; key2?: DemoKey },
): string {
  const pw = o.password;
  return [
    name,
    `arn:aws:iam::${DEMO_ACCOUNT}:user/${name}`,
    at(o.created),
    String(!!pw),
    pw ? at(pw.used) : 'N/A',
    pw ? at(pw.changed) : 'N/A',
    'N/A',
    String(o.mfa),
    ...keyCells(o.key1),
    ...keyCells(o.key2),
    'false',
    'N/A',
    'false',
    'N/A',
  ].join(',');
}

const REPORT_CSV = [
  'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,' +
    'access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,' +
    'access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,' +
    'cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated',
  [
    `<root_account>,arn:aws:iam::${DEMO_ACCOUNT}:root`,
    at(2200),
    'not_supported',
    at(12),
    'not_supported',
    'not_supported',
    'true',
    ...keyCells(),
    ...keyCells(),
    'false',
    'N/A',
    'false',
    'N/A',
  ].join(','),
  // A second active key, fresh and in use: rotation left half-done.
  userRow('alice', {
    created: 700,
    password: { used: 1, changed: 60 },
    mfa: true,
    key1: { rotated: 20, used: 2 },
    key2: { rotated: 5, used: 1 },
  }),
  userRow('bob', { created: 500, password: { used: 5, changed: 200 }, mfa: false, key1: { rotated: 200, used: 3, service: 'ec2' } }),
  userRow('ci-deploy', {
    created: 400,
    mfa: false,
    key1: { rotated: 85, used: 60, service: 'cloudformation' },
    key2: { rotated: 300, used: 200, active: false },
  }),
].join('\n');

// ---------------------------------------------------------------- authorization details (two pages)

const users = [
  {
    UserName: 'alice',
    UserId: 'AIDADEMOALICE00000001',
    Arn: `arn:aws:iam::${DEMO_ACCOUNT}:user/alice`,
    Path: '/',
    CreateDate: demoDaysAgo(700),
    GroupList: ['developers'],
    AttachedManagedPolicies: [],
    UserPolicyList: [],
  },
  {
    UserName: 'bob',
    UserId: 'AIDADEMOBOB0000000001',
    Arn: `arn:aws:iam::${DEMO_ACCOUNT}:user/bob`,
    Path: '/',
    CreateDate: demoDaysAgo(500),
    GroupList: ['developers', 'ops-legacy'],
    AttachedManagedPolicies: [],
    UserPolicyList: [
      {
        PolicyName: 'bob-scratch',
        PolicyDocument: doc({ Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::acme-data-lake/scratch/*' }),
      },
    ],
  },
  {
    UserName: 'ci-deploy',
    UserId: 'AIDADEMOCIDEPLOY00001',
    Arn: `arn:aws:iam::${DEMO_ACCOUNT}:user/ci-deploy`,
    Path: '/automation/',
    CreateDate: demoDaysAgo(400),
    GroupList: [],
    AttachedManagedPolicies: attached(AWS_POLICY('AdministratorAccess')),
    UserPolicyList: [],
  },
];

const groups = [
  {
    GroupName: 'developers',
    GroupId: 'AGPADEMODEVELOPERS001',
    Arn: `arn:aws:iam::${DEMO_ACCOUNT}:group/developers`,
    Path: '/',
    CreateDate: demoDaysAgo(800),
    AttachedManagedPolicies: attached(AWS_POLICY('PowerUserAccess')),
    GroupPolicyList: [
      { PolicyName: 'deny-billing', PolicyDocument: doc({ Effect: 'Deny', Action: ['aws-portal:*', 'billing:*'], Resource: '*' }) },
    ],
  },
  {
    GroupName: 'ops-legacy',
    GroupId: 'AGPADEMOOPSLEGACY0001',
    Arn: `arn:aws:iam::${DEMO_ACCOUNT}:group/ops-legacy`,
    Path: '/',
    CreateDate: demoDaysAgo(1500),
    AttachedManagedPolicies: attached(OWN_POLICY('legacy-admin')),
    GroupPolicyList: [],
  },
];

const roles = [
  {
    RoleName: 'AWSServiceRoleForSupport',
    RoleId: 'AROADEMOSUPPORTSLR001',
    Path: '/aws-service-role/support.amazonaws.com/',
    Arn: `arn:aws:iam::${DEMO_ACCOUNT}:role/aws-service-role/support.amazonaws.com/AWSServiceRoleForSupport`,
    CreateDate: demoDaysAgo(2000),
    // The service-linked role AWS creates for itself: it is not a role people can assume to open cases.
    AssumeRolePolicyDocument: trust({ Service: 'support.amazonaws.com' }),
    AttachedManagedPolicies: attached(AWS_POLICY('aws-service-role/AWSSupportServiceRolePolicy')),
    RolePolicyList: [],
  },
  {
    RoleName: 'OrganizationAccountAccessRole',
    RoleId: 'AROADEMOORGACCESS0001',
    Path: '/',
    Arn: `arn:aws:iam::${DEMO_ACCOUNT}:role/OrganizationAccountAccessRole`,
    CreateDate: demoDaysAgo(2200),
    AssumeRolePolicyDocument: trust({ AWS: 'arn:aws:iam::999999999999:root' }),
    AttachedManagedPolicies: attached(AWS_POLICY('AdministratorAccess')),
    RolePolicyList: [],
  },
  {
    RoleName: 'acme-export-lambda',
    RoleId: 'AROADEMOEXPORTLAMBDA1',
    Path: '/service-role/',
    Arn: `arn:aws:iam::${DEMO_ACCOUNT}:role/service-role/acme-export-lambda`,
    CreateDate: demoDaysAgo(300),
    AssumeRolePolicyDocument: trust({ Service: 'lambda.amazonaws.com' }),
    AttachedManagedPolicies: attached(AWS_POLICY('service-role/AWSLambdaBasicExecutionRole')),
    RolePolicyList: [
      {
        PolicyName: 'export-to-data-lake',
        PolicyDocument: doc({
          Sid: 'WriteExports',
          Effect: 'Allow',
          Action: ['s3:PutObject'],
          Resource: 'arn:aws:s3:::acme-data-lake/exports/*',
        }),
      },
    ],
  },
  {
    // Can create a function running as any role and invoke it: a privilege-escalation path.
    RoleName: 'acme-ci-runner',
    RoleId: 'AROADEMOCIRUNNER00001',
    Path: '/',
    Arn: `arn:aws:iam::${DEMO_ACCOUNT}:role/acme-ci-runner`,
    CreateDate: demoDaysAgo(200),
    AssumeRolePolicyDocument: trust({ AWS: `arn:aws:iam::${DEMO_ACCOUNT}:root` }),
    AttachedManagedPolicies: [],
    RolePolicyList: [
      {
        PolicyName: 'deploy-functions',
        PolicyDocument: doc({
          Sid: 'Deploy',
          Effect: 'Allow',
          Action: ['iam:PassRole', 'lambda:CreateFunction', 'lambda:InvokeFunction'],
          Resource: '*',
        }),
      },
    ],
  },
  {
    RoleName: 'annexa-audit',
    RoleId: 'AROADEMO',
    Path: '/',
    Arn: `arn:aws:iam::${DEMO_ACCOUNT}:role/annexa-audit`,
    CreateDate: demoDaysAgo(30),
    AssumeRolePolicyDocument: trust({ AWS: `arn:aws:iam::${DEMO_ACCOUNT}:root` }),
    AttachedManagedPolicies: attached(AWS_POLICY('SecurityAudit')),
    RolePolicyList: [],
  },
];

const AWS_MANAGED: Record<string, string> = {
  [AWS_POLICY('AdministratorAccess')]: doc({ Effect: 'Allow', Action: '*', Resource: '*' }),
  [AWS_POLICY('PowerUserAccess')]: doc(
    { Effect: 'Allow', NotAction: ['iam:*', 'organizations:*', 'account:*'], Resource: '*' },
    {
      Effect: 'Allow',
      Action: ['iam:CreateServiceLinkedRole', 'iam:DeleteServiceLinkedRole', 'iam:ListRoles', 'organizations:DescribeOrganization'],
      Resource: '*',
    },
  ),
  [AWS_POLICY('SecurityAudit')]: doc({
    Effect: 'Allow',
    Action: [
      'iam:Get*',
      'iam:List*',
      's3:GetBucket*',
      'ec2:Describe*',
      'cloudtrail:Describe*',
      'cloudtrail:Get*',
      'kms:Describe*',
      'kms:Get*',
    ],
    Resource: '*',
  }),
  [AWS_POLICY('service-role/AWSLambdaBasicExecutionRole')]: doc({
    Effect: 'Allow',
    Action: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'],
    Resource: '*',
  }),
  [AWS_POLICY('aws-service-role/AWSSupportServiceRolePolicy')]: doc({
    Effect: 'Allow',
    Action: ['iam:Get*', 'iam:List*', 'ec2:Describe*'],
    Resource: '*',
  }),
};

const policies = [
  {
    PolicyName: 'ci-deploy-artifacts',
    PolicyId: 'ANPADEMOCIARTIFACTS01',
    Arn: OWN_POLICY('ci-deploy-artifacts'),
    Path: '/',
    DefaultVersionId: 'v1',
    AttachmentCount: 0,
    PermissionsBoundaryUsageCount: 0,
    IsAttachable: true,
    CreateDate: demoDaysAgo(400),
    UpdateDate: demoDaysAgo(400),
    PolicyVersionList: [
      {
        VersionId: 'v1',
        IsDefaultVersion: true,
        CreateDate: demoDaysAgo(400),
        Document: doc({ Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: 'arn:aws:s3:::acme-data-lake/artifacts/*' }),
      },
    ],
  },
  {
    PolicyName: 'legacy-admin',
    PolicyId: 'ANPADEMOLEGACYADMIN01',
    Arn: OWN_POLICY('legacy-admin'),
    Path: '/',
    DefaultVersionId: 'v2',
    AttachmentCount: 1,
    PermissionsBoundaryUsageCount: 0,
    IsAttachable: true,
    CreateDate: demoDaysAgo(1500),
    UpdateDate: demoDaysAgo(900),
    PolicyVersionList: [
      {
        VersionId: 'v2',
        IsDefaultVersion: true,
        CreateDate: demoDaysAgo(900),
        Document: doc({ Sid: 'Everything', Effect: 'Allow', Action: '*', Resource: '*' }),
      },
      {
        VersionId: 'v1',
        IsDefaultVersion: false,
        CreateDate: demoDaysAgo(1500),
        Document: doc({ Effect: 'Allow', Action: 'ec2:*', Resource: '*' }),
      },
    ],
  },
];

const SECOND_PAGE = 'demo-page-2';

export const demoIam: Partial<Record<ServiceId, FakeHandlers>> = {
  iam: {
    // A report younger than four hours already exists, so IAM answers COMPLETE at once.
    GenerateCredentialReport: () => ({ State: 'COMPLETE' }),
    GetCredentialReport: () => ({
      Content: new TextEncoder().encode(REPORT_CSV),
      ReportFormat: 'text/csv',
      GeneratedTime: new Date(DEMO_NOW.getTime() - 3_600_000),
    }),
    GetAccountAuthorizationDetails: (input) =>
      input.Marker === SECOND_PAGE
        ? { RoleDetailList: roles, Policies: policies, IsTruncated: false }
        : { UserDetailList: users, GroupDetailList: groups, IsTruncated: true, Marker: SECOND_PAGE },
    // Default versions of the AWS-managed policies in use (abridged where AWS's are long).
    GetPolicy: (input) => ({
      Policy: { Arn: input.PolicyArn, PolicyName: String(input.PolicyArn).split('/').pop(), DefaultVersionId: 'v1' },
    }),
    GetPolicyVersion: (input) => {
      const Document = AWS_MANAGED[String(input.PolicyArn)];
      if (!Document) throw awsError('NoSuchEntity', 404, `Policy ${String(input.PolicyArn)} was not found.`);
      return { PolicyVersion: { Document, VersionId: 'v1', IsDefaultVersion: true } };
    },
    GetAccountSummary: () => ({
      SummaryMap: {
        AccountMFAEnabled: 1,
        AccountAccessKeysPresent: 0,
        AccountPasswordPresent: 1,
        AccountSigningCertificatesPresent: 0,
        Users: users.length,
        Groups: groups.length,
        Roles: roles.length,
        Policies: policies.length,
        MFADevices: 2,
        MFADevicesInUse: 2,
      },
    }),
    // Root's MFA (one of the two devices in use) is a phone app, as is alice's: the hardware MFA check fails.
    ListVirtualMFADevices: () => ({
      VirtualMFADevices: [
        {
          SerialNumber: `arn:aws:iam::${DEMO_ACCOUNT}:mfa/alice-phone`,
          User: { UserName: 'alice', Arn: `arn:aws:iam::${DEMO_ACCOUNT}:user/alice` },
        },
        { SerialNumber: `arn:aws:iam::${DEMO_ACCOUNT}:mfa/root-account-mfa-device`, User: { Arn: `arn:aws:iam::${DEMO_ACCOUNT}:root` } },
      ],
      IsTruncated: false,
    }),
    // A certificate left behind from before ACM (expired), and one still serving an old load balancer.
    ListServerCertificates: () => ({
      ServerCertificateMetadataList: [
        {
          Path: '/',
          ServerCertificateName: 'legacy-www-2024',
          ServerCertificateId: 'ASCADEMO000000000001',
          Arn: `arn:aws:iam::${DEMO_ACCOUNT}:server-certificate/legacy-www-2024`,
          UploadDate: demoDaysAgo(800),
          Expiration: demoDaysAgo(430),
        },
        {
          Path: '/',
          ServerCertificateName: 'partner-api-2026',
          ServerCertificateId: 'ASCADEMO000000000002',
          Arn: `arn:aws:iam::${DEMO_ACCOUNT}:server-certificate/partner-api-2026`,
          UploadDate: demoDaysAgo(200),
          Expiration: demoDaysAgo(-165),
        },
      ],
      IsTruncated: false,
    }),
    // The demo account is the management account and has taken over member root credentials.
    ListOrganizationsFeatures: () => ({ OrganizationId: DEMO_ORG_ID, EnabledFeatures: ['RootCredentialsManagement'] }),
    GetAccountPasswordPolicy: () => ({
      PasswordPolicy: {
        MinimumPasswordLength: 8,
        RequireSymbols: false,
        RequireNumbers: true,
        RequireUppercaseCharacters: true,
        RequireLowercaseCharacters: true,
        AllowUsersToChangePassword: true,
        ExpirePasswords: false,
        HardExpiry: false,
      },
    }),
  },
};
