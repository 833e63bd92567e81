/**
 * The demo account's S3 estate: five buckets across three regions, from a well-run
 * CloudTrail bucket to a public website bucket and a legacy bucket we may not inspect.
 * Outputs have the shapes the SDK's deserializers produce (Dates, policy as JSON text).
 */
import type {
  GetBucketAclOutput,
  GetBucketEncryptionOutput,
  GetBucketLoggingOutput,
  GetBucketVersioningOutput,
  GetObjectLockConfigurationOutput,
  Grant,
  ListBucketsOutput,
  PublicAccessBlockConfiguration,
} from '@aws-sdk/client-s3';
import { DEMO_ACCOUNT, DEMO_ORG_ID, demoDaysAgo } from '../../../../../demo/aws/clock.js';
import type { ServiceId } from '../../clients.js';
import { awsError, type FakeHandler, type FakeHandlers } from '../../simulator.js';

/** The account's canonical user id (S3 ACLs name accounts by it). */
const OWNER_ID = '4f1c2d3e5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d';
/** A partner account that was once given read access to legacy exports. */
const PARTNER_ID = '9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d';
const TRAIL_KEY = `arn:aws:kms:us-east-1:${DEMO_ACCOUNT}:key/0a1b2c3d-1111-4444-8888-000000000001`;
const DATA_LAKE_KEY = `arn:aws:kms:eu-west-1:${DEMO_ACCOUNT}:key/0a1b2c3d-2222-4444-8888-000000000002`;
const ORG_ID = DEMO_ORG_ID;

interface DemoBucket {
  region: string;
  createdDaysAgo: number;
  /** `null`: never configured (NoSuchPublicAccessBlockConfiguration). */
  pab: PublicAccessBlockConfiguration | null;
  grants: Grant[];
  /** `null`: no policy; `'denied'`: GetBucketPolicy answers AccessDenied. */
  policy: object | null | 'denied';
  /** `null`: no configuration; `'denied'`: GetBucketEncryption answers AccessDenied. */
  encryption: GetBucketEncryptionOutput | null | 'denied';
  versioning: GetBucketVersioningOutput;
  logging: GetBucketLoggingOutput;
  objectLock: GetObjectLockConfigurationOutput | null;
}

const ALL_ON: PublicAccessBlockConfiguration = {
  BlockPublicAcls: true,
  IgnorePublicAcls: true,
  BlockPublicPolicy: true,
  RestrictPublicBuckets: true,
};
const ALL_OFF: PublicAccessBlockConfiguration = {
  BlockPublicAcls: false,
  IgnorePublicAcls: false,
  BlockPublicPolicy: false,
  RestrictPublicBuckets: false,
};
const OWNER_FULL: Grant = { Grantee: { Type: 'CanonicalUser', ID: OWNER_ID }, Permission: 'FULL_CONTROL' };

const arn = (bucket: string, path = ''): string => `arn:aws:s3:::${bucket}${path}`;

const denyInsecureTransport = (bucket: string) => ({
  Sid: 'DenyInsecureTransport',
  Effect: 'Deny',
  Principal: '*',
  Action: 's3:*',
  Resource: [arn(bucket), arn(bucket, '/*')],
  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
});

const cloudTrailWrites = (bucket: string, trail: string, trailRegion: string) => {
  const source = { 'aws:SourceArn': `arn:aws:cloudtrail:${trailRegion}:${DEMO_ACCOUNT}:trail/${trail}` };
  return [
    {
      Sid: `CloudTrailAclCheck-${trail}`,
      Effect: 'Allow',
      Principal: { Service: 'cloudtrail.amazonaws.com' },
      Action: 's3:GetBucketAcl',
      Resource: arn(bucket),
      Condition: { StringEquals: source },
    },
    {
      Sid: `CloudTrailWrite-${trail}`,
      Effect: 'Allow',
      Principal: { Service: 'cloudtrail.amazonaws.com' },
      Action: 's3:PutObject',
      Resource: arn(bucket, `/AWSLogs/${DEMO_ACCOUNT}/*`),
      Condition: { StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control', ...source } },
    },
  ];
};

const sse = (algorithm: 'AES256' | 'aws:kms', key?: string): GetBucketEncryptionOutput => ({
  ServerSideEncryptionConfiguration: {
    Rules: [
      {
        ApplyServerSideEncryptionByDefault: { SSEAlgorithm: algorithm, ...(key ? { KMSMasterKeyID: key } : {}) },
        BucketKeyEnabled: algorithm === 'aws:kms',
      },
    ],
  },
});

const logTo = (target: string, prefix: string): GetBucketLoggingOutput => ({
  LoggingEnabled: { TargetBucket: target, TargetPrefix: prefix },
});

const BUCKETS: Record<string, DemoBucket> = {
  'acme-access-logs': {
    region: 'us-east-1',
    createdDaysAgo: 1460,
    pab: ALL_ON,
    grants: [OWNER_FULL],
    // Receives server access logs and the eu-audit trail; no TLS-only statement.
    policy: {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'S3ServerAccessLogsPolicy',
          Effect: 'Allow',
          Principal: { Service: 'logging.s3.amazonaws.com' },
          Action: 's3:PutObject',
          Resource: arn('acme-access-logs', '/*'),
          Condition: { StringEquals: { 'aws:SourceAccount': DEMO_ACCOUNT } },
        },
        ...cloudTrailWrites('acme-access-logs', 'eu-audit', 'eu-west-1'),
      ],
    },
    // Server access log targets must use SSE-S3.
    encryption: sse('AES256'),
    versioning: {},
    logging: {},
    objectLock: null,
  },
  'acme-cloudtrail-logs': {
    region: 'us-east-1',
    createdDaysAgo: 1450,
    pab: ALL_ON,
    grants: [OWNER_FULL],
    policy: {
      Version: '2012-10-17',
      Statement: [...cloudTrailWrites('acme-cloudtrail-logs', 'org-trail', 'us-east-1'), denyInsecureTransport('acme-cloudtrail-logs')],
    },
    encryption: sse('aws:kms', TRAIL_KEY),
    versioning: { Status: 'Enabled', MFADelete: 'Disabled' },
    logging: logTo('acme-access-logs', 'acme-cloudtrail-logs/'),
    objectLock: null,
  },
  'acme-data-lake': {
    region: 'eu-west-1',
    createdDaysAgo: 700,
    pab: ALL_ON,
    grants: [OWNER_FULL],
    // Principal "*" pinned to the organisation: shared, but not public.
    policy: {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'OrgAnalyticsRead',
          Effect: 'Allow',
          Principal: '*',
          Action: ['s3:GetObject', 's3:ListBucket'],
          Resource: [arn('acme-data-lake'), arn('acme-data-lake', '/curated/*')],
          Condition: { StringEquals: { 'aws:PrincipalOrgID': ORG_ID } },
        },
        denyInsecureTransport('acme-data-lake'),
      ],
    },
    encryption: sse('aws:kms', DATA_LAKE_KEY),
    versioning: { Status: 'Enabled', MFADelete: 'Disabled' },
    // Log targets must be in the same region and account; this bucket logs into itself, which the access-logging check fails.
    logging: logTo('acme-data-lake', 'access-logs/'),
    objectLock: { ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'GOVERNANCE', Days: 30 } } } },
  },
  'acme-legacy-exports': {
    region: 'ap-southeast-2',
    createdDaysAgo: 2900,
    pab: null,
    grants: [OWNER_FULL, { Grantee: { Type: 'CanonicalUser', ID: PARTNER_ID }, Permission: 'READ' }],
    policy: 'denied',
    encryption: 'denied',
    versioning: {},
    logging: {},
    objectLock: null,
  },
  'acme-press-kit': {
    region: 'us-east-1',
    createdDaysAgo: 90,
    // Public grants in the policy and the ACL that Block Public Access neutralises: latent exposure.
    pab: ALL_ON,
    grants: [OWNER_FULL, { Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/global/AllUsers' }, Permission: 'READ' }],
    policy: {
      Version: '2012-10-17',
      Statement: [
        { Sid: 'PressRead', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: arn('acme-press-kit', '/*') },
        {
          Sid: 'AgencyUpload',
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::444455556666:root' },
          Action: 's3:PutObject',
          Resource: arn('acme-press-kit', '/*'),
        },
        denyInsecureTransport('acme-press-kit'),
      ],
    },
    encryption: sse('aws:kms', TRAIL_KEY),
    versioning: { Status: 'Enabled', MFADelete: 'Disabled' },
    logging: logTo('acme-access-logs', 'acme-press-kit/'),
    objectLock: null,
  },
  'acme-public-website': {
    region: 'eu-west-1',
    createdDaysAgo: 400,
    pab: ALL_OFF,
    grants: [OWNER_FULL, { Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/global/AllUsers' }, Permission: 'READ' }],
    policy: {
      Version: '2012-10-17',
      Statement: [
        { Sid: 'PublicReadGetObject', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: arn('acme-public-website', '/*') },
      ],
    },
    encryption: sse('AES256'),
    versioning: { Status: 'Suspended', MFADelete: 'Disabled' },
    logging: {},
    objectLock: null,
  },
};

/** ListBuckets pages of this size, so the demo exercises the paginator. */
const PAGE = 3;

function listBuckets(input: Record<string, unknown>): ListBucketsOutput {
  const names = Object.keys(BUCKETS).sort();
  const start = typeof input.ContinuationToken === 'string' ? Number(input.ContinuationToken) : 0;
  const page = names.slice(start, start + PAGE);
  return {
    Buckets: page.map((name) => ({
      Name: name,
      CreationDate: demoDaysAgo(BUCKETS[name]!.createdDaysAgo),
      BucketRegion: BUCKETS[name]!.region,
    })),
    Owner: { ID: OWNER_ID },
    ...(start + PAGE < names.length ? { ContinuationToken: String(start + PAGE) } : {}),
  };
}

/** A per-bucket operation: unknown buckets 404, and calls to the wrong region are redirected as S3 does. */
function perBucket(fn: (b: DemoBucket, name: string) => unknown): FakeHandler {
  return (input, region) => {
    const name = String(input.Bucket);
    const b = BUCKETS[name];
    if (!b) throw awsError('NoSuchBucket', 404, 'The specified bucket does not exist');
    if (b.region !== region) throw awsError('PermanentRedirect', 301, `The bucket ${name} is in ${b.region}; send requests to that region`);
    return fn(b, name);
  };
}

const notConfigured = (name: string): never => {
  throw awsError(name, 404);
};
const denied = (): never => {
  throw awsError('AccessDenied', 403, 'Access Denied');
};

const s3: FakeHandlers = {
  ListBuckets: listBuckets,
  GetPublicAccessBlock: perBucket((b) =>
    b.pab ? { PublicAccessBlockConfiguration: b.pab } : notConfigured('NoSuchPublicAccessBlockConfiguration'),
  ),
  GetBucketAcl: perBucket((b): GetBucketAclOutput => ({ Owner: { ID: OWNER_ID }, Grants: b.grants })),
  GetBucketPolicy: perBucket((b) => {
    if (b.policy === 'denied') return denied();
    return b.policy ? { Policy: JSON.stringify(b.policy) } : notConfigured('NoSuchBucketPolicy');
  }),
  GetBucketEncryption: perBucket((b) => {
    if (b.encryption === 'denied') return denied();
    return b.encryption ?? notConfigured('ServerSideEncryptionConfigurationNotFoundError');
  }),
  GetBucketVersioning: perBucket((b) => b.versioning),
  GetBucketLogging: perBucket((b) => b.logging),
  GetObjectLockConfiguration: perBucket((b) => b.objectLock ?? notConfigured('ObjectLockConfigurationNotFoundError')),
};

const s3control: FakeHandlers = {
  // Account-level Block Public Access was never turned on in the demo account.
  GetPublicAccessBlock: (input) => {
    if (input.AccountId !== DEMO_ACCOUNT) throw awsError('AccessDenied', 403, 'Access Denied');
    return notConfigured('NoSuchPublicAccessBlockConfiguration');
  },
};

/** Simulator handlers for the demo account's s3 APIs, by client. */
export const demoS3: Partial<Record<ServiceId, FakeHandlers>> = { s3, s3control };
