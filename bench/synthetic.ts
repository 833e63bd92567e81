/**
 * A synthetic AWS estate for the benchmark, served to the real collectors through the
 * simulator's in-process transport (`fakeService`). Every answer waits a configurable
 * latency, and each account/region/API family sits behind a server-side token bucket that
 * answers the throttling code the service really uses (EC2 RequestLimitExceeded, S3
 * SlowDown, IAM/STS Throttling, the JSON services ThrottlingException).
 *
 * Pages are built from indices on demand, so the fake holds no copy of the estate and the
 * memory measured is the scanner's.
 */

import type { ServiceId } from '../src/providers/aws/clients.js';
import { apiFamily, type BucketSpec, DEFAULT_BUCKETS, TokenBucket } from '../src/providers/aws/rate.js';
import { AWS_SERVICES } from '../src/providers/aws/services/index.js';
import { awsError, type FakeHandler, type FakeHandlers } from '../src/providers/aws/simulator.js';

export interface Scenario {
  name: string;
  accounts: number;
  regions: number;
  /** Totals per account, spread round-robin over the regions where regional. */
  buckets: number;
  users: number;
  roles: number;
  policies: number;
  trails: number;
  /** Per region. */
  securityGroups: number;
  logGroups: number;
  volumes: number;
  kmsKeys: number;
  latencyMs: number;
  /** Server-side limits as a multiple of the documented limits (1 = AWS as documented). */
  serverLimitFactor: number;
}

export const REGIONS = ['us-east-1', 'eu-west-1', 'us-west-2', 'ap-southeast-2', 'eu-central-1', 'us-east-2', 'ca-central-1', 'sa-east-1'];
export const HOME = REGIONS[0]!;

export function regionsOf(s: Scenario): string[] {
  return REGIONS.slice(0, s.regions);
}

export function accountId(i: number): string {
  return String(100000000000 + i);
}

/** Resources a scan of the scenario inventories, over all accounts. */
export function resourceCount(s: Scenario): number {
  const perRegion = s.securityGroups + s.logGroups + s.volumes + s.kmsKeys;
  return s.accounts * (s.buckets + s.users + s.roles + s.policies + s.trails + perRegion * s.regions);
}

const pages = (n: number, size: number): number => Math.max(1, Math.ceil(n / size));
/** How many of `total` items, dealt round-robin, land in region number `r` of `regions`. */
const share = (total: number, r: number, regions: number): number => Math.floor(total / regions) + (r < total % regions ? 1 : 0);

/** Calls per API and region that any correct scan of one account needs, and the longest dependent chain. */
export interface MinimumCalls {
  calls: { api: string; region: string; count: number }[];
  /** Longest sequence of calls that must happen one after another. */
  chain: number;
}

/** Customer-managed symmetric keys get rotation and policy reads; every third key is AWS-managed. */
const isCustomerKey = (i: number): boolean => i % 3 !== 0;

export function minimumCalls(s: Scenario): MinimumCalls {
  const regions = regionsOf(s);
  const calls: MinimumCalls['calls'] = [];
  const add = (api: string, region: string, count: number): void => {
    if (count > 0) calls.push({ api, region, count });
  };
  const iamEntities = s.users + s.roles + s.policies;
  add('sts:GetCallerIdentity', HOME, 1);
  add('iam:GenerateCredentialReport', HOME, 1);
  add('iam:GetCredentialReport', HOME, 1);
  add('iam:GetAccountAuthorizationDetails', HOME, pages(iamEntities, 1000));
  add('iam:GetAccountSummary', HOME, 1);
  add('iam:GetAccountPasswordPolicy', HOME, 1);
  add('s3:ListBuckets', HOME, pages(s.buckets, 1000));
  add('s3control:GetPublicAccessBlock', HOME, 1);
  add('organizations:DescribeOrganization', HOME, 1);
  // CIS v7.0.0 items: account contacts, root hardware MFA, server certificates, central root access,
  // and (the bench account is its own management account) one SCP with its document and targets.
  for (const api of [
    'account:GetAlternateContact',
    'account:GetContactInformation',
    'iam:ListVirtualMFADevices',
    'iam:ListServerCertificates',
    'iam:ListOrganizationsFeatures',
    'organizations:ListPolicies',
    'organizations:DescribePolicy',
    'organizations:ListTargetsForPolicy',
    'organizations:ListDelegatedAdministrators',
  ])
    add(api, HOME, 1);
  const perBucket = [
    'GetBucketVersioning',
    'GetPublicAccessBlock',
    'GetBucketAcl',
    'GetBucketPolicy',
    'GetBucketEncryption',
    'GetBucketLogging',
    'GetObjectLockConfiguration',
  ];
  let chain = Math.max(pages(iamEntities, 1000), 2, pages(s.buckets, 1000) + 1);
  regions.forEach((region, r) => {
    const b = share(s.buckets, r, regions.length);
    for (const op of perBucket) add(`s3:${op}`, region, b);
    const t = share(s.trails, r, regions.length);
    add('cloudtrail:DescribeTrails', region, 1);
    add('cloudtrail:GetTrailStatus', region, t);
    add('cloudtrail:GetEventSelectors', region, t);
    for (const op of ['DescribeConfigurationRecorders', 'DescribeConfigurationRecorderStatus', 'DescribeDeliveryChannels'])
      add(`config:${op}`, region, 1);
    add('ec2:GetEbsEncryptionByDefault', region, 1);
    add('ec2:DescribeFlowLogs', region, 1);
    add('ec2:DescribeSecurityGroups', region, pages(s.securityGroups, 1000));
    add('ec2:DescribeVolumes', region, pages(s.volumes, 500));
    add('ec2:DescribeVpcs', region, 1);
    add('guardduty:ListDetectors', region, 1);
    add('guardduty:GetDetector', region, 1);
    const keys = s.kmsKeys;
    let customer = 0;
    for (let i = 0; i < keys; i++) if (isCustomerKey(i)) customer++;
    add('kms:ListKeys', region, pages(keys, 1000));
    add('kms:DescribeKey', region, keys);
    add('kms:GetKeyRotationStatus', region, customer);
    add('kms:GetKeyPolicy', region, customer);
    add('logs:DescribeLogGroups', region, pages(s.logGroups, 50));
    add('securityhub:DescribeHub', region, 1);
    add('access-analyzer:ListAnalyzers', region, 1);
    // The monitoring chain's region-wide listings, and Macie.
    for (const api of ['logs:DescribeMetricFilters', 'cloudwatch:DescribeAlarms', 'sns:ListSubscriptions', 'macie2:GetMacieSession'])
      add(api, region, 1);
    chain = Math.max(
      chain,
      pages(s.logGroups, 50),
      pages(s.securityGroups, 1000),
      pages(s.volumes, 500),
      pages(keys, 1000) + (keys ? 2 : 0),
      t ? 2 : 1,
      2,
    );
  });
  // Every other collector API answers an empty estate: one call per API and scope, no per-resource fan-out.
  // Each collector is one set of parameters, so the same API in two collectors counts twice.
  const modelled = new Set(calls.map((c) => c.api));
  for (const service of AWS_SERVICES)
    for (const c of service.collectors) {
      if (c.dependsOn?.length) continue;
      for (const spec of c.apis) {
        if (modelled.has(spec.api) || UNCALLED_ON_EMPTY.has(spec.api)) continue;
        for (const region of c.key.scope === 'regional' ? regions : [HOME]) add(spec.api, region, PARAMETER_SETS[spec.api] ?? 1);
      }
    }
  // AWS-managed policies in use (ReadOnlyAccess on every tenth user): one GetPolicy and one GetPolicyVersion each.
  if (s.users > 0) {
    add('iam:GetPolicy', HOME, 1);
    add('iam:GetPolicyVersion', HOME, 1);
    chain = Math.max(chain, pages(iamEntities, 1000) + 2);
  }
  // GetCallerIdentity comes before everything else.
  return { calls, chain: chain + 1 };
}

/**
 * APIs of independent collectors that an empty listing never reaches (a per-item call made
 * inside the same collector as its listing).
 */
const UNCALLED_ON_EMPTY = new Set<string>([
  'athena:GetWorkGroup',
  'codebuild:BatchGetProjects',
  'ecs:DescribeTaskDefinition',
  'eks:DescribeCluster',
  'elasticmapreduce:DescribeCluster',
  'elasticmapreduce:ListInstances',
  'es:DescribeDomains',
  'firehose:DescribeDeliveryStream',
  'logs:DescribeDeliveries',
  'mq:DescribeBroker',
  'sagemaker:DescribeNotebookInstance',
  'sns:GetTopicAttributes',
  'sqs:GetQueueAttributes',
  'states:DescribeStateMachine',
  'wafv2:GetWebACL',
]);

/** APIs one collector calls with several parameter sets per scope (each set once). */
const PARAMETER_SETS: Partial<Record<string, number>> = {
  // Snapshots owned by the account, and those of them restorable by everyone.
  'ec2:DescribeSnapshots': 2,
};

/** Where counted calls and the minimum disagree, per API: what to look at when callsRatio is not 1. */
export function callDiffs(
  counted: ReadonlyMap<string, number>,
  min: MinimumCalls,
  accounts: number,
): { api: string; calls: number; min: number }[] {
  const minByApi = new Map<string, number>();
  for (const c of min.calls) minByApi.set(c.api, (minByApi.get(c.api) ?? 0) + c.count * accounts);
  return [...new Set([...counted.keys(), ...minByApi.keys()])]
    .sort()
    .filter((a) => (counted.get(a) ?? 0) !== (minByApi.get(a) ?? 0))
    .map((a) => ({ api: a, calls: counted.get(a) ?? 0, min: minByApi.get(a) ?? 0 }));
}

/** Seconds the documented rate limits force on the scan: the slowest bucket's excess over its burst. */
export function rateBoundSeconds(
  min: MinimumCalls,
  accounts: number,
  buckets: Record<string, BucketSpec> = DEFAULT_BUCKETS,
  maxRps?: number,
): number {
  const per = new Map<string, number>();
  for (const c of min.calls) {
    const [prefix, op] = c.api.split(':') as [string, string];
    const k = `${c.region}|${apiFamily(prefix, op)}`;
    per.set(k, (per.get(k) ?? 0) + c.count);
  }
  let bound = 0;
  for (const [k, n] of per) {
    const spec = buckets[k.split('|')[1]!] ?? buckets.default!;
    bound = Math.max(bound, Math.max(0, n - spec.burst) / spec.rate);
  }
  const total = min.calls.reduce((n, c) => n + c.count, 0) * accounts;
  if (maxRps) bound = Math.max(bound, Math.max(0, total - maxRps) / maxRps);
  return bound;
}

// ---------------------------------------------------------------- the fake service

const THROTTLE: Partial<Record<string, [string, number]>> = {
  ec2: ['RequestLimitExceeded', 503],
  s3: ['SlowDown', 503],
  s3control: ['SlowDown', 503],
  iam: ['Throttling', 400],
  sts: ['Throttling', 400],
};

const PREFIX: Partial<Record<string, string>> = { accessanalyzer: 'access-analyzer' };

/** Server-side buckets: the documented limits (scaled), one per account/region/family. */
export class FakeAws {
  private readonly buckets = new Map<string, TokenBucket>();
  throttled = 0;
  served = 0;

  constructor(readonly scenario: Scenario) {}

  gate(account: string, region: string, service: ServiceId | string, op: string): void {
    const prefix = PREFIX[service] ?? service;
    const family = apiFamily(prefix, op);
    const key = `${account}|${region}|${family}`;
    let b = this.buckets.get(key);
    if (!b) {
      const spec = DEFAULT_BUCKETS[family] ?? DEFAULT_BUCKETS.default!;
      const f = this.scenario.serverLimitFactor;
      // A server bucket never adapts; it only refills.
      b = new TokenBucket({ rate: spec.rate * f, burst: Math.max(1, spec.burst * f) }, Date.now(), {
        decrease: 1,
        recoverPerSecond: 0,
        floor: 1,
      });
      this.buckets.set(key, b);
    }
    if (!b.tryTake(Date.now())) {
      this.throttled++;
      const [code, status] = THROTTLE[service] ?? ['ThrottlingException', 400];
      throw awsError(code, status, 'Rate exceeded');
    }
    this.served++;
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function token(input: Record<string, unknown>, name: string): number {
  const v = input[name];
  return typeof v === 'string' ? Number(v) : 0;
}

function page<T>(total: number, start: number, size: number, make: (i: number) => T): { items: T[]; next?: string } {
  const end = Math.min(total, start + size);
  const items: T[] = [];
  for (let i = start; i < end; i++) items.push(make(i));
  return end < total ? { items, next: String(end) } : { items };
}

const doc = (statement: object): string => encodeURIComponent(JSON.stringify({ Version: '2012-10-17', Statement: [statement] }));

/** Handlers answering as one account of the scenario. */
export function accountHandlers(s: Scenario, fake: FakeAws, account: string): FakeHandlers {
  const regions = regionsOf(s);
  const created = new Date('2024-01-01T00:00:00Z');
  const bucketName = (i: number): string => `bench-${account}-${String(i).padStart(6, '0')}`;
  const bucketIndex = (name: string): number => Number(name.slice(name.lastIndexOf('-') + 1));
  const iamTotal = s.users + s.roles + s.policies;
  const trailsIn = (region: string): number[] => {
    const r = regions.indexOf(region);
    const out: number[] = [];
    for (let i = r; i < s.trails; i += regions.length) out.push(i);
    return out;
  };
  const trailArn = (i: number): string => `arn:aws:cloudtrail:${regions[i % regions.length]}:${account}:trail/trail-${i}`;

  const wrap =
    (service: ServiceId | string, op: string, fn: (input: Record<string, unknown>, region: string) => unknown) =>
    async (input: Record<string, unknown>, region: string): Promise<unknown> => {
      await sleep(s.latencyMs);
      fake.gate(account, region, service, op);
      return fn(input, region);
    };

  const defs: Array<[ServiceId | string, string, (input: Record<string, unknown>, region: string) => unknown]> = [
    [
      'sts',
      'GetCallerIdentity',
      () => ({ Account: account, Arn: `arn:aws:sts::${account}:assumed-role/audit/annexa`, UserId: 'AROABENCH:annexa' }),
    ],
    ['ec2', 'DescribeRegions', () => ({ Regions: regions.map((RegionName) => ({ RegionName })) })],
    // ---------------------------------------------------------------- IAM
    ['iam', 'GenerateCredentialReport', () => ({ State: 'COMPLETE' })],
    [
      'iam',
      'GetCredentialReport',
      () => {
        const header =
          'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,' +
          'access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,' +
          'access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,' +
          'cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated';
        const rows = [
          header,
          `<root_account>,arn:aws:iam::${account}:root,2020-01-01T00:00:00+00:00,not_supported,2026-01-01T00:00:00+00:00,not_supported,not_supported,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A`,
        ];
        for (let i = 0; i < s.users; i++) {
          const mfa = i % 7 !== 0;
          rows.push(
            `user-${i},arn:aws:iam::${account}:user/user-${i},2024-01-01T00:00:00+00:00,true,2026-01-01T00:00:00+00:00,2025-06-01T00:00:00+00:00,N/A,${mfa},true,2025-01-01T00:00:00+00:00,2026-01-02T00:00:00+00:00,us-east-1,s3,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A`,
          );
        }
        return {
          Content: new TextEncoder().encode(rows.join('\n')),
          GeneratedTime: new Date('2026-01-03T00:00:00Z'),
          ReportFormat: 'text/csv',
        };
      },
    ],
    [
      'iam',
      'GetAccountAuthorizationDetails',
      (input) => {
        const p = page(iamTotal, token(input, 'Marker'), 1000, (i) => i);
        const out = { UserDetailList: [] as object[], RoleDetailList: [] as object[], Policies: [] as object[], GroupDetailList: [] };
        for (const i of p.items) {
          if (i < s.users) {
            out.UserDetailList.push({
              UserName: `user-${i}`,
              Arn: `arn:aws:iam::${account}:user/user-${i}`,
              Path: '/',
              AttachedManagedPolicies: i % 10 === 0 ? [{ PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }] : [],
              UserPolicyList: [],
              GroupList: [],
            });
          } else if (i < s.users + s.roles) {
            const n = i - s.users;
            out.RoleDetailList.push({
              RoleName: `role-${n}`,
              Arn: `arn:aws:iam::${account}:role/role-${n}`,
              Path: '/',
              AssumeRolePolicyDocument: doc({ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }),
              AttachedManagedPolicies: [{ PolicyArn: `arn:aws:iam::${account}:policy/policy-${n % Math.max(1, s.policies)}` }],
              RolePolicyList: [
                {
                  PolicyName: 'inline',
                  PolicyDocument: doc({ Effect: 'Allow', Action: ['s3:GetObject'], Resource: `arn:aws:s3:::bench-${n}/*` }),
                },
              ],
            });
          } else {
            const n = i - s.users - s.roles;
            out.Policies.push({
              PolicyName: `policy-${n}`,
              Arn: `arn:aws:iam::${account}:policy/policy-${n}`,
              AttachmentCount: 1,
              DefaultVersionId: 'v1',
              PolicyVersionList: [
                {
                  VersionId: 'v1',
                  IsDefaultVersion: true,
                  Document: doc({ Effect: 'Allow', Action: n % 97 === 0 ? '*' : ['ec2:Describe*'], Resource: '*' }),
                },
              ],
            });
          }
        }
        return { ...out, IsTruncated: p.next !== undefined, ...(p.next ? { Marker: p.next } : {}) };
      },
    ],
    ['iam', 'GetAccountSummary', () => ({ SummaryMap: { AccountMFAEnabled: 1, AccountAccessKeysPresent: 0 } })],
    [
      'iam',
      'GetAccountPasswordPolicy',
      () => ({
        PasswordPolicy: {
          MinimumPasswordLength: 14,
          RequireSymbols: true,
          RequireNumbers: true,
          RequireUppercaseCharacters: true,
          RequireLowercaseCharacters: true,
          PasswordReusePrevention: 24,
          MaxPasswordAge: 90,
          ExpirePasswords: true,
        },
      }),
    ],
    // ---------------------------------------------------------------- S3
    [
      's3',
      'ListBuckets',
      (input) => {
        const p = page(s.buckets, token(input, 'ContinuationToken'), 1000, (i) => ({
          Name: bucketName(i),
          BucketRegion: regions[i % regions.length],
          CreationDate: created,
        }));
        return { Buckets: p.items, ...(p.next ? { ContinuationToken: p.next } : {}) };
      },
    ],
    ['s3', 'GetBucketVersioning', (input) => (bucketIndex(String(input.Bucket)) % 4 ? { Status: 'Enabled' } : {})],
    [
      's3',
      'GetPublicAccessBlock',
      (input) => {
        if (bucketIndex(String(input.Bucket)) % 5 === 0) throw awsError('NoSuchPublicAccessBlockConfiguration', 404);
        return {
          PublicAccessBlockConfiguration: {
            BlockPublicAcls: true,
            IgnorePublicAcls: true,
            BlockPublicPolicy: true,
            RestrictPublicBuckets: true,
          },
        };
      },
    ],
    [
      's3',
      'GetBucketAcl',
      () => ({ Owner: { ID: 'owner' }, Grants: [{ Grantee: { Type: 'CanonicalUser', ID: 'owner' }, Permission: 'FULL_CONTROL' }] }),
    ],
    [
      's3',
      'GetBucketPolicy',
      (input) => {
        const i = bucketIndex(String(input.Bucket));
        if (i % 3) throw awsError('NoSuchBucketPolicy', 404);
        return {
          Policy: JSON.stringify({
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Deny',
                Principal: '*',
                Action: 's3:*',
                Resource: [`arn:aws:s3:::${input.Bucket}/*`],
                Condition: { Bool: { 'aws:SecureTransport': 'false' } },
              },
            ],
          }),
        };
      },
    ],
    [
      's3',
      'GetBucketEncryption',
      () => ({
        ServerSideEncryptionConfiguration: {
          Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' }, BucketKeyEnabled: false }],
        },
      }),
    ],
    [
      's3',
      'GetBucketLogging',
      (input) => (bucketIndex(String(input.Bucket)) % 2 ? { LoggingEnabled: { TargetBucket: 'logs', TargetPrefix: 'x/' } } : {}),
    ],
    [
      's3',
      'GetObjectLockConfiguration',
      () => {
        throw awsError('ObjectLockConfigurationNotFoundError', 404);
      },
    ],
    [
      's3control',
      'GetPublicAccessBlock',
      () => ({
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          IgnorePublicAcls: true,
          BlockPublicPolicy: true,
          RestrictPublicBuckets: true,
        },
      }),
    ],
    // ---------------------------------------------------------------- CloudTrail
    [
      'cloudtrail',
      'DescribeTrails',
      (_input, region) => ({
        trailList: trailsIn(region).map((i) => ({
          Name: `trail-${i}`,
          TrailARN: trailArn(i),
          HomeRegion: region,
          IsMultiRegionTrail: i === 0,
          IsOrganizationTrail: false,
          S3BucketName: bucketName(0),
          LogFileValidationEnabled: true,
          HasCustomEventSelectors: false,
          HasInsightSelectors: false,
        })),
      }),
    ],
    ['cloudtrail', 'GetTrailStatus', () => ({ IsLogging: true, LatestDeliveryTime: new Date('2026-01-02T00:00:00Z') })],
    ['cloudtrail', 'GetEventSelectors', () => ({ EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true }] })],
    // ---------------------------------------------------------------- Config, detection
    [
      'config',
      'DescribeConfigurationRecorders',
      () => ({ ConfigurationRecorders: [{ name: 'default', recordingGroup: { allSupported: true, includeGlobalResourceTypes: true } }] }),
    ],
    [
      'config',
      'DescribeConfigurationRecorderStatus',
      () => ({ ConfigurationRecordersStatus: [{ name: 'default', recording: true, lastStatus: 'SUCCESS' }] }),
    ],
    ['config', 'DescribeDeliveryChannels', () => ({ DeliveryChannels: [{ name: 'default', s3BucketName: 'config' }] })],
    ['guardduty', 'ListDetectors', () => ({ DetectorIds: ['det1'] })],
    ['guardduty', 'GetDetector', () => ({ Status: 'ENABLED', FindingPublishingFrequency: 'SIX_HOURS', Features: [] })],
    ['securityhub', 'DescribeHub', (_i, region) => ({ HubArn: `arn:aws:securityhub:${region}:${account}:hub/default` })],
    ['organizations', 'DescribeOrganization', () => ({ Organization: { Id: 'o-bench00000', MasterAccountId: account } })],
    ['organizations', 'ListPolicies', () => ({ Policies: [{ Id: 'p-FullAWSAccess', Name: 'FullAWSAccess', AwsManaged: true }] })],
    [
      'organizations',
      'DescribePolicy',
      () => ({ Policy: { Content: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}' } }),
    ],
    ['organizations', 'ListTargetsForPolicy', () => ({ Targets: [{ TargetId: 'r-bench', Type: 'ROOT', Name: 'Root' }] })],
    ['organizations', 'ListDelegatedAdministrators', () => ({ DelegatedAdministrators: [] })],
    // ---------------------------------------------------------------- CIS v7.0.0: account, IAM extras, monitoring, Macie
    [
      'account',
      'GetAlternateContact',
      () => ({
        AlternateContact: { AlternateContactType: 'SECURITY', Name: 'SecOps', EmailAddress: 'sec@example.com', PhoneNumber: '+1' },
      }),
    ],
    [
      'account',
      'GetContactInformation',
      () => ({ ContactInformation: { FullName: 'Ops', PhoneNumber: '+1', AddressLine1: '1 St', City: 'X', CountryCode: 'US' } }),
    ],
    [
      'iam',
      'GetPolicy',
      (input) => ({ Policy: { Arn: input.PolicyArn, PolicyName: String(input.PolicyArn).split('/').at(-1), DefaultVersionId: 'v7' } }),
    ],
    [
      'iam',
      'GetPolicyVersion',
      (input) => ({
        PolicyVersion: {
          VersionId: input.VersionId,
          IsDefaultVersion: true,
          Document: doc({ Effect: 'Allow', Action: ['ec2:Describe*'], Resource: '*' }),
        },
      }),
    ],
    [
      'inspector2',
      'BatchGetAccountStatus',
      () => ({
        accounts: [
          { accountId: account, state: { status: 'ENABLED' }, resourceState: { ec2: { status: 'ENABLED' }, ecr: { status: 'ENABLED' } } },
        ],
        failedAccounts: [],
      }),
    ],
    ['iam', 'ListVirtualMFADevices', () => ({ VirtualMFADevices: [], IsTruncated: false })],
    ['iam', 'ListServerCertificates', () => ({ ServerCertificateMetadataList: [], IsTruncated: false })],
    ['iam', 'ListOrganizationsFeatures', () => ({ OrganizationId: 'o-bench00000', EnabledFeatures: ['RootCredentialsManagement'] })],
    ['logs', 'DescribeMetricFilters', () => ({ metricFilters: [] })],
    ['cloudwatch', 'DescribeAlarms', () => ({ MetricAlarms: [] })],
    ['sns', 'ListSubscriptions', () => ({ Subscriptions: [] })],
    ['macie2', 'GetMacieSession', () => ({ status: 'ENABLED' })],
    [
      'accessanalyzer',
      'ListAnalyzers',
      (_i, region) => ({
        analyzers: [{ name: 'a', arn: `arn:aws:access-analyzer:${region}:${account}:analyzer/a`, type: 'ACCOUNT', status: 'ACTIVE' }],
      }),
    ],
    // ---------------------------------------------------------------- EC2
    ['ec2', 'GetEbsEncryptionByDefault', () => ({ EbsEncryptionByDefault: true })],
    // EMR's block public access answer always carries its flag (an empty answer is unreadable).
    [
      'elasticmapreduce',
      'GetBlockPublicAccessConfiguration',
      () => ({ BlockPublicAccessConfiguration: { BlockPublicSecurityGroupRules: true } }),
    ],
    // Glue always answers both parts of its catalog encryption settings (an empty answer is unreadable).
    [
      'glue',
      'GetDataCatalogEncryptionSettings',
      () => ({
        DataCatalogEncryptionSettings: {
          EncryptionAtRest: { CatalogEncryptionMode: 'DISABLED' },
          ConnectionPasswordEncryption: { ReturnConnectionPasswordEncrypted: false },
        },
      }),
    ],
    [
      'ec2',
      'DescribeFlowLogs',
      () => ({ FlowLogs: [{ FlowLogId: 'fl-1', ResourceId: 'vpc-1', FlowLogStatus: 'ACTIVE', TrafficType: 'ALL' }] }),
    ],
    ['ec2', 'DescribeVpcs', () => ({ Vpcs: [{ VpcId: 'vpc-1', IsDefault: true, CidrBlock: '10.0.0.0/16', OwnerId: account }] })],
    [
      'ec2',
      'DescribeSecurityGroups',
      (input, region) => {
        const p = page(s.securityGroups, token(input, 'NextToken'), 1000, (i) => ({
          GroupId: `sg-${region}-${i}`,
          GroupName: i === 0 ? 'default' : `sg-${i}`,
          VpcId: 'vpc-1',
          OwnerId: account,
          IpPermissions: [
            {
              IpProtocol: 'tcp',
              FromPort: i % 50 === 1 ? 22 : 443,
              ToPort: i % 50 === 1 ? 22 : 443,
              IpRanges: [{ CidrIp: i % 50 === 1 ? '0.0.0.0/0' : '10.0.0.0/8' }],
            },
          ],
          IpPermissionsEgress: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }],
        }));
        return { SecurityGroups: p.items, ...(p.next ? { NextToken: p.next } : {}) };
      },
    ],
    [
      'ec2',
      'DescribeVolumes',
      (input, region) => {
        const p = page(s.volumes, token(input, 'NextToken'), 500, (i) => ({
          VolumeId: `vol-${region}-${i}`,
          Encrypted: i % 9 !== 0,
          State: 'in-use',
          Attachments: [{ InstanceId: `i-${i}` }],
        }));
        return { Volumes: p.items, ...(p.next ? { NextToken: p.next } : {}) };
      },
    ],
    // ---------------------------------------------------------------- KMS, Logs
    [
      'kms',
      'ListKeys',
      (input, region) => {
        const p = page(s.kmsKeys, token(input, 'Marker'), 1000, (i) => ({ KeyId: `${region}-key-${String(i).padStart(5, '0')}` }));
        return { Keys: p.items, Truncated: p.next !== undefined, ...(p.next ? { NextMarker: p.next } : {}) };
      },
    ],
    [
      'kms',
      'DescribeKey',
      (input, region) => {
        const i = Number(String(input.KeyId).split('-key-')[1]);
        return {
          KeyMetadata: {
            KeyId: input.KeyId,
            Arn: `arn:aws:kms:${region}:${account}:key/${input.KeyId}`,
            KeyManager: isCustomerKey(i) ? 'CUSTOMER' : 'AWS',
            KeySpec: 'SYMMETRIC_DEFAULT',
            KeyUsage: 'ENCRYPT_DECRYPT',
            KeyState: 'Enabled',
            Origin: 'AWS_KMS',
            MultiRegion: false,
          },
        };
      },
    ],
    ['kms', 'GetKeyRotationStatus', () => ({ KeyRotationEnabled: true, RotationPeriodInDays: 365 })],
    [
      'kms',
      'GetKeyPolicy',
      () => ({
        Policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: 'kms:*', Resource: '*' }],
        }),
      }),
    ],
    [
      'logs',
      'DescribeLogGroups',
      (input, region) => {
        const p = page(s.logGroups, token(input, 'nextToken'), 50, (i) => ({
          logGroupName: `/bench/${i}`,
          logGroupArn: `arn:aws:logs:${region}:${account}:log-group:/bench/${i}`,
          ...(i % 4 ? { retentionInDays: 365 } : {}),
          storedBytes: 1024,
        }));
        return { logGroups: p.items, ...(p.next ? { nextToken: p.next } : {}) };
      },
    ],
  ];
  const out: FakeHandlers = {};
  for (const [service, op, fn] of defs) out[`${service}:${op}`] = wrap(service, op, fn);
  // Every other operation a collector calls answers an empty estate (no items, one page),
  // behind the same latency and server-side limits.
  const empty = new Map<string, FakeHandler>();
  return new Proxy(out, {
    get(target, key) {
      if (typeof key !== 'string') return undefined;
      const known = target[key];
      if (known || !key.includes(':')) return known;
      let h = empty.get(key);
      if (!h) {
        const [service, op] = key.split(':') as [string, string];
        h = wrap(service, op, () => ({}));
        empty.set(key, h);
      }
      return h;
    },
  });
}
