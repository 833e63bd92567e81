import { Readable } from 'node:stream';
import {
  GetBucketAclCommand,
  GetBucketEncryptionCommand,
  GetBucketLoggingCommand,
  GetBucketPolicyCommand,
  GetBucketVersioningCommand,
  GetObjectLockConfigurationCommand,
  GetPublicAccessBlockCommand,
  ListBucketsCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { GetPublicAccessBlockCommand as GetAccountPublicAccessBlockCommand, S3ControlClient } from '@aws-sdk/client-s3-control';
import { HttpResponse } from '@smithy/core/protocols';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { awsError, collect as collectIn, type FakeHandlers, fakeService, throttledThen } from '../../../../../test/support/aws.js';
import { ACCOUNT } from '../../../../../test/support/snapshot.js';
import { s3BucketPolicyNotPublic } from './checks/aws.s3.bucket-policy-not-public.js';
import { s3BucketTlsOnly } from './checks/aws.s3.bucket-tls-only.js';
import { s3BucketVersioningEnabled } from './checks/aws.s3.bucket-versioning-enabled.js';
import {
  bucketsSkippedNote,
  S3_ACCOUNT_PUBLIC_ACCESS_BLOCK,
  S3_BUCKET_ACL,
  S3_BUCKET_ENCRYPTION,
  S3_BUCKET_LOGGING,
  S3_BUCKET_OBJECT_LOCK,
  S3_BUCKET_POLICY,
  S3_BUCKET_PUBLIC_ACCESS_BLOCK,
  S3_BUCKET_VERSIONING,
  S3_BUCKETS,
} from './state.js';

// `let`: tests that need the real SDK stack (fakeService) restore these and re-mock afterwards.
let s3 = mockClient(S3Client);
let s3control = mockClient(S3ControlClient);

/** Run with the real SDK `send` (so fakeService and the SDK's retries apply), then mock again. */
async function withRealSdk(fn: () => Promise<void>): Promise<void> {
  s3.restore();
  s3control.restore();
  try {
    await fn();
  } finally {
    s3 = mockClient(S3Client);
    s3control = mockClient(S3ControlClient);
  }
}
afterEach(() => {
  s3.reset();
  s3control.reset();
});

/** Every region the buckets below live in: buckets elsewhere are not read (see the region-scope tests). */
const BUCKET_REGIONS = ['ap-southeast-2', 'eu-west-1', 'us-east-1', 'us-east-2'];
const collect = (keys: Parameters<typeof collectIn>[0], opts: Parameters<typeof collectIn>[1] = {}) =>
  collectIn(keys, { regions: BUCKET_REGIONS, ...opts });

/** The inventory value of a global key, for short assertions. */
const valueIn = (inventory: Awaited<ReturnType<typeof collect>>['inventory'], id: string) => inventory[id]!.global!.result;

describe('aws.s3.buckets', () => {
  it('follows ListBuckets pages and keeps each bucket region', async () => {
    s3.on(ListBucketsCommand)
      .resolvesOnce({ Buckets: [{ Name: 'b1', BucketRegion: 'eu-west-1' }], ContinuationToken: 't1' })
      .resolvesOnce({ Buckets: [{ Name: 'b2', BucketRegion: 'us-east-2' }] });
    const { inventory } = await collect([S3_BUCKETS]);
    const entry = inventory['aws.s3.buckets']!.global!;
    expect(entry.result).toEqual({
      ok: true,
      value: [
        { name: 'b1', arn: 'arn:aws:s3:::b1', region: 'eu-west-1' },
        { name: 'b2', arn: 'arn:aws:s3:::b2', region: 'us-east-2' },
      ],
    });
    expect(s3.commandCalls(ListBucketsCommand)[1]!.args[0].input).toMatchObject({ ContinuationToken: 't1' });
  });

  it('classifies AccessDenied with the IAM action needed', async () => {
    s3.on(ListBucketsCommand).rejects(awsError('AccessDenied', 403));
    const { inventory } = await collect([S3_BUCKET_VERSIONING]);
    const expected = { kind: 'denied', api: 's3:ListBuckets', action: 's3:ListAllMyBuckets' };
    expect(inventory['aws.s3.buckets']!.global!.result).toMatchObject({ ok: false, error: expected });
    // The dependent key inherits the original error rather than inventing one.
    expect(inventory['aws.s3.bucketVersioning']!.global!.result).toMatchObject({ ok: false, error: expected });
  });
});

describe('aws.s3.bucketVersioning', () => {
  it('reads each bucket once in its own region, whatever number of checks need it', async () => {
    s3.on(ListBucketsCommand).resolves({
      Buckets: [
        { Name: 'b1', BucketRegion: 'eu-west-1' },
        { Name: 'b2', BucketRegion: 'us-east-1' },
      ],
    });
    s3.on(GetBucketVersioningCommand, { Bucket: 'b1' }).resolves({ Status: 'Enabled', MFADelete: 'Enabled' });
    s3.on(GetBucketVersioningCommand, { Bucket: 'b2' }).rejects(awsError('AccessDenied', 403));
    const twin = { ...s3BucketVersioningEnabled, meta: { ...s3BucketVersioningEnabled.meta, id: 'twin' } };
    const { inventory } = await collect([s3BucketVersioningEnabled, twin]);
    expect(s3.commandCalls(ListBucketsCommand)).toHaveLength(1);
    expect(s3.commandCalls(GetBucketVersioningCommand)).toHaveLength(2);
    const v = inventory['aws.s3.bucketVersioning']!.global!.result;
    expect(v).toMatchObject({
      ok: true,
      value: {
        b1: { ok: true, value: { status: 'Enabled', mfaDelete: true } },
        b2: { ok: false, error: { kind: 'denied', api: 's3:GetBucketVersioning' } },
      },
    });
  });

  it('reports a bucket with no versioning history as Disabled', async () => {
    s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'b1', BucketRegion: 'us-east-1' }] });
    s3.on(GetBucketVersioningCommand).resolves({});
    const { inventory } = await collect([S3_BUCKET_VERSIONING]);
    expect(inventory['aws.s3.bucketVersioning']!.global!.result).toMatchObject({
      ok: true,
      value: { b1: { ok: true, value: { status: 'Disabled' } } },
    });
  });

  it('lets the SDK retry throttling, then succeeds, and counts the throttles', async () => {
    await withRealSdk(async () => {
      const list = throttledThen({ Buckets: [{ Name: 'b1', BucketRegion: 'us-east-1' }] }, 2, 'SlowDown');
      const { inventory, stats } = await collect([S3_BUCKET_VERSIONING], {
        client: { configure: fakeService({ ListBuckets: list, GetBucketVersioning: () => ({ Status: 'Suspended' }) }) },
      });
      expect(inventory['aws.s3.bucketVersioning']!.global!.result).toMatchObject({
        ok: true,
        value: { b1: { ok: true, value: { status: 'Suspended' } } },
      });
      expect(list.calls).toBe(3);
      expect(stats.toJSON()['s3:ListBuckets']).toMatchObject({ calls: 1, attempts: 3, throttles: 2, errors: 0 });
    });
  });

  it('reports throttling that outlasts the retries as throttled, never as data', async () => {
    s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'b1', BucketRegion: 'us-east-1' }] });
    s3.on(GetBucketVersioningCommand).rejects(awsError('SlowDown', 503));
    const { inventory } = await collect([S3_BUCKET_VERSIONING]);
    expect(inventory['aws.s3.bucketVersioning']!.global!.result).toMatchObject({
      ok: true,
      value: { b1: { ok: false, error: { kind: 'throttled' } } },
    });
  });
});

// Per-bucket APIs below (GetPublicAccessBlock, GetBucketAcl, GetBucketPolicy, GetBucketEncryption,
// GetBucketLogging, GetObjectLockConfiguration) and S3 Control GetPublicAccessBlock have no
// pagination: one answer per bucket or account. Paging is covered by ListBuckets above.

const twoBuckets = () =>
  s3.on(ListBucketsCommand).resolves({
    Buckets: [
      { Name: 'b1', BucketRegion: 'eu-west-1' },
      { Name: 'b2', BucketRegion: 'us-east-1' },
    ],
  });

describe('aws.s3.accountPublicAccessBlock', () => {
  it('reads the account setting with the scanned account id', async () => {
    s3control.on(GetAccountPublicAccessBlockCommand).resolves({
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        IgnorePublicAcls: true,
        BlockPublicPolicy: true,
        RestrictPublicBuckets: false,
      },
    });
    const { inventory } = await collect([S3_ACCOUNT_PUBLIC_ACCESS_BLOCK]);
    expect(valueIn(inventory, 'aws.s3.accountPublicAccessBlock')).toEqual({
      ok: true,
      value: {
        blockPublicAcls: true,
        ignorePublicAcls: true,
        blockPublicPolicy: true,
        restrictPublicBuckets: false,
      },
    });
    expect(s3control.commandCalls(GetAccountPublicAccessBlockCommand)[0]!.args[0].input).toEqual({ AccountId: ACCOUNT });
  });

  it('treats NoSuchPublicAccessBlockConfiguration (a 404) as "not configured", not as not_found', async () => {
    s3control.on(GetAccountPublicAccessBlockCommand).rejects(awsError('NoSuchPublicAccessBlockConfiguration', 404));
    const { inventory } = await collect([S3_ACCOUNT_PUBLIC_ACCESS_BLOCK]);
    expect(valueIn(inventory, 'aws.s3.accountPublicAccessBlock')).toEqual({ ok: true, value: null });
  });

  it('classifies AccessDenied with the account-level IAM action', async () => {
    s3control.on(GetAccountPublicAccessBlockCommand).rejects(awsError('AccessDenied', 403));
    const { inventory } = await collect([S3_ACCOUNT_PUBLIC_ACCESS_BLOCK]);
    expect(valueIn(inventory, 'aws.s3.accountPublicAccessBlock')).toMatchObject({
      ok: false,
      error: { kind: 'denied', api: 's3control:GetPublicAccessBlock', action: 's3:GetAccountPublicAccessBlock', code: 'AccessDenied' },
    });
  });

  it('keeps an unrelated 404 an error', async () => {
    s3control.on(GetAccountPublicAccessBlockCommand).rejects(awsError('NoSuchBucket', 404));
    const { inventory } = await collect([S3_ACCOUNT_PUBLIC_ACCESS_BLOCK]);
    expect(valueIn(inventory, 'aws.s3.accountPublicAccessBlock')).toMatchObject({ ok: false, error: { kind: 'not_found' } });
  });
});

describe('aws.s3.bucketPublicAccessBlock', () => {
  it('reads each bucket; an unconfigured bucket is null and a denied one an error', async () => {
    twoBuckets();
    s3.on(GetPublicAccessBlockCommand, { Bucket: 'b1' }).rejects(awsError('NoSuchPublicAccessBlockConfiguration', 404));
    s3.on(GetPublicAccessBlockCommand, { Bucket: 'b2' }).rejects(awsError('AccessDenied', 403));
    const { inventory } = await collect([S3_BUCKET_PUBLIC_ACCESS_BLOCK]);
    expect(valueIn(inventory, 'aws.s3.bucketPublicAccessBlock')).toMatchObject({
      ok: true,
      value: {
        b1: { ok: true, value: null },
        b2: { ok: false, error: { kind: 'denied', api: 's3:GetPublicAccessBlock', action: 's3:GetBucketPublicAccessBlock' } },
      },
    });
  });

  it('reads an unset switch as off', async () => {
    s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'b1', BucketRegion: 'us-east-1' }] });
    s3.on(GetPublicAccessBlockCommand).resolves({ PublicAccessBlockConfiguration: { BlockPublicAcls: true } });
    const { inventory } = await collect([S3_BUCKET_PUBLIC_ACCESS_BLOCK]);
    expect(valueIn(inventory, 'aws.s3.bucketPublicAccessBlock')).toEqual({
      ok: true,
      value: {
        b1: {
          ok: true,
          value: {
            blockPublicAcls: true,
            ignorePublicAcls: false,
            blockPublicPolicy: false,
            restrictPublicBuckets: false,
          },
        },
      },
    });
  });
});

describe('aws.s3.bucketAcl', () => {
  it('keeps grantee type, URI, id and permission, and drops display names and emails', async () => {
    s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'b1', BucketRegion: 'us-east-1' }] });
    s3.on(GetBucketAclCommand).resolves({
      Owner: { ID: 'owner-id', DisplayName: 'alice' },
      Grants: [
        { Grantee: { Type: 'CanonicalUser', ID: 'owner-id', DisplayName: 'alice' }, Permission: 'FULL_CONTROL' },
        { Grantee: { Type: 'AmazonCustomerByEmail', EmailAddress: 'bob@example.com' }, Permission: 'READ' },
        { Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/global/AllUsers' }, Permission: 'READ' },
      ],
    });
    const { inventory } = await collect([S3_BUCKET_ACL]);
    const v = valueIn(inventory, 'aws.s3.bucketAcl');
    expect(v).toEqual({
      ok: true,
      value: {
        b1: {
          ok: true,
          value: {
            ownerId: 'owner-id',
            grants: [
              { granteeType: 'CanonicalUser', id: 'owner-id', permission: 'FULL_CONTROL' },
              { granteeType: 'AmazonCustomerByEmail', permission: 'READ' },
              { granteeType: 'Group', uri: 'http://acs.amazonaws.com/groups/global/AllUsers', permission: 'READ' },
            ],
          },
        },
      },
    });
    expect(JSON.stringify(v)).not.toMatch(/alice|bob@/);
  });

  it('classifies AccessDenied per bucket', async () => {
    s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'b1', BucketRegion: 'us-east-1' }] });
    s3.on(GetBucketAclCommand).rejects(awsError('AccessDenied', 403));
    const { inventory } = await collect([S3_BUCKET_ACL]);
    expect(valueIn(inventory, 'aws.s3.bucketAcl')).toMatchObject({
      ok: true,
      value: { b1: { ok: false, error: { kind: 'denied', action: 's3:GetBucketAcl' } } },
    });
  });
});

describe('aws.s3.bucketPolicy', () => {
  const policy = JSON.stringify({
    Version: '2012-10-17',
    Statement: {
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: ['arn:aws:s3:::b1', 'arn:aws:s3:::b1/*'],
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    },
  });

  it('parses the policy, maps NoSuchBucketPolicy to null, and keeps denial an error', async () => {
    s3.on(ListBucketsCommand).resolves({
      Buckets: [
        { Name: 'b1', BucketRegion: 'eu-west-1' },
        { Name: 'b2', BucketRegion: 'us-east-1' },
        { Name: 'b3', BucketRegion: 'us-east-1' },
      ],
    });
    s3.on(GetBucketPolicyCommand, { Bucket: 'b1' }).resolves({ Policy: policy });
    s3.on(GetBucketPolicyCommand, { Bucket: 'b2' }).rejects(awsError('NoSuchBucketPolicy', 404));
    s3.on(GetBucketPolicyCommand, { Bucket: 'b3' }).rejects(awsError('AccessDenied', 403));
    const { inventory } = await collect([S3_BUCKET_POLICY]);
    expect(valueIn(inventory, 'aws.s3.bucketPolicy')).toEqual({
      ok: true,
      value: {
        b1: {
          ok: true,
          value: {
            version: '2012-10-17',
            statements: [
              {
                effect: 'Deny',
                principal: { AWS: ['*'] },
                action: ['s3:*'],
                resource: ['arn:aws:s3:::b1', 'arn:aws:s3:::b1/*'],
                condition: { Bool: { 'aws:SecureTransport': ['false'] } },
              },
            ],
          },
        },
        b2: { ok: true, value: null },
        b3: { ok: false, error: expect.objectContaining({ kind: 'denied', api: 's3:GetBucketPolicy', action: 's3:GetBucketPolicy' }) },
      },
    });
  });

  it('reports an unreadable policy as an error, never as "no policy"', async () => {
    s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'b1', BucketRegion: 'us-east-1' }] });
    s3.on(GetBucketPolicyCommand).resolves({ Policy: '{"Statement": ' });
    const { inventory } = await collect([S3_BUCKET_POLICY]);
    expect(valueIn(inventory, 'aws.s3.bucketPolicy')).toMatchObject({
      ok: true,
      value: { b1: { ok: false, error: { kind: 'unknown', api: 's3:GetBucketPolicy' } } },
    });
  });

  it('fetches each policy once although two checks need it', async () => {
    twoBuckets();
    s3.on(GetBucketPolicyCommand).resolves({ Policy: policy });
    await collect([s3BucketTlsOnly, s3BucketPolicyNotPublic]);
    expect(s3.commandCalls(ListBucketsCommand)).toHaveLength(1);
    expect(
      s3
        .commandCalls(GetBucketPolicyCommand)
        .map((c) => c.args[0].input.Bucket)
        .sort(),
    ).toEqual(['b1', 'b2']);
  });
});

describe('aws.s3.bucketEncryption', () => {
  it('keeps algorithm, key and bucket key; no configuration is null', async () => {
    s3.on(ListBucketsCommand).resolves({
      Buckets: [
        { Name: 'b1', BucketRegion: 'us-east-1' },
        { Name: 'b2', BucketRegion: 'us-east-1' },
        { Name: 'b3', BucketRegion: 'us-east-1' },
      ],
    });
    s3.on(GetBucketEncryptionCommand, { Bucket: 'b1' }).resolves({
      ServerSideEncryptionConfiguration: {
        Rules: [
          {
            ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: 'arn:aws:kms:us-east-1:111122223333:key/k1' },
            BucketKeyEnabled: true,
          },
        ],
      },
    });
    s3.on(GetBucketEncryptionCommand, { Bucket: 'b2' }).resolves({
      ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
    });
    s3.on(GetBucketEncryptionCommand, { Bucket: 'b3' }).rejects(awsError('ServerSideEncryptionConfigurationNotFoundError', 404));
    const { inventory } = await collect([S3_BUCKET_ENCRYPTION]);
    expect(valueIn(inventory, 'aws.s3.bucketEncryption')).toEqual({
      ok: true,
      value: {
        b1: { ok: true, value: { algorithm: 'aws:kms', kmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/k1', bucketKeyEnabled: true } },
        b2: { ok: true, value: { algorithm: 'AES256', bucketKeyEnabled: false } },
        b3: { ok: true, value: null },
      },
    });
  });

  it('names s3:GetEncryptionConfiguration when denied', async () => {
    s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'b1', BucketRegion: 'us-east-1' }] });
    s3.on(GetBucketEncryptionCommand).rejects(awsError('AccessDenied', 403));
    const { inventory } = await collect([S3_BUCKET_ENCRYPTION]);
    expect(valueIn(inventory, 'aws.s3.bucketEncryption')).toMatchObject({
      ok: true,
      value: {
        b1: { ok: false, error: { kind: 'denied', api: 's3:GetBucketEncryption', action: 's3:GetEncryptionConfiguration' } },
      },
    });
  });
});

describe('aws.s3.bucketLogging', () => {
  it('keeps the target, and reads an empty answer as logging off', async () => {
    twoBuckets();
    s3.on(GetBucketLoggingCommand, { Bucket: 'b1' }).resolves({ LoggingEnabled: { TargetBucket: 'logs', TargetPrefix: 'b1/' } });
    s3.on(GetBucketLoggingCommand, { Bucket: 'b2' }).resolves({});
    const { inventory } = await collect([S3_BUCKET_LOGGING]);
    expect(valueIn(inventory, 'aws.s3.bucketLogging')).toEqual({
      ok: true,
      value: {
        b1: { ok: true, value: { targetBucket: 'logs', targetPrefix: 'b1/' } },
        b2: { ok: true, value: null },
      },
    });
  });

  it('classifies AccessDenied per bucket', async () => {
    s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'b1', BucketRegion: 'us-east-1' }] });
    s3.on(GetBucketLoggingCommand).rejects(awsError('AccessDenied', 403));
    const { inventory } = await collect([S3_BUCKET_LOGGING]);
    expect(valueIn(inventory, 'aws.s3.bucketLogging')).toMatchObject({
      ok: true,
      value: { b1: { ok: false, error: { kind: 'denied', action: 's3:GetBucketLogging' } } },
    });
  });
});

describe('aws.s3.bucketObjectLock', () => {
  it('keeps enabled and default retention; no configuration is null', async () => {
    twoBuckets();
    s3.on(GetObjectLockConfigurationCommand, { Bucket: 'b1' }).resolves({
      ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'COMPLIANCE', Days: 365 } } },
    });
    s3.on(GetObjectLockConfigurationCommand, { Bucket: 'b2' }).rejects(awsError('ObjectLockConfigurationNotFoundError', 404));
    const { inventory } = await collect([S3_BUCKET_OBJECT_LOCK]);
    expect(valueIn(inventory, 'aws.s3.bucketObjectLock')).toEqual({
      ok: true,
      value: {
        b1: { ok: true, value: { enabled: true, defaultRetention: { mode: 'COMPLIANCE', days: 365 } } },
        b2: { ok: true, value: null },
      },
    });
  });

  it('names s3:GetBucketObjectLockConfiguration when denied', async () => {
    s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'b1', BucketRegion: 'us-east-1' }] });
    s3.on(GetObjectLockConfigurationCommand).rejects(awsError('AccessDenied', 403));
    const { inventory } = await collect([S3_BUCKET_OBJECT_LOCK]);
    expect(valueIn(inventory, 'aws.s3.bucketObjectLock')).toMatchObject({
      ok: true,
      value: {
        b1: { ok: false, error: { kind: 'denied', api: 's3:GetObjectLockConfiguration', action: 's3:GetBucketObjectLockConfiguration' } },
      },
    });
  });
});

describe('S3 per-bucket calls through the real SDK stack', () => {
  const buckets = {
    Buckets: [
      { Name: 'eu', BucketRegion: 'eu-west-1' },
      { Name: 'syd', BucketRegion: 'ap-southeast-2' },
    ],
  };

  it("sends every per-bucket call to the bucket's own region", async () => {
    await withRealSdk(async () => {
      const seen: string[] = [];
      const record = (out: unknown) => (input: Record<string, unknown>, region: string) => {
        seen.push(`${String(input.Bucket)}@${region}`);
        return out;
      };
      const handlers: FakeHandlers = {
        ListBuckets: () => buckets,
        's3:GetPublicAccessBlock': record({ PublicAccessBlockConfiguration: {} }),
        GetBucketAcl: record({ Grants: [] }),
        GetBucketPolicy: record({ Policy: '{"Statement":[]}' }),
        GetBucketEncryption: record({}),
        GetBucketLogging: record({}),
        GetObjectLockConfiguration: record({}),
        GetBucketVersioning: record({}),
      };
      await collect(
        [
          S3_BUCKET_PUBLIC_ACCESS_BLOCK,
          S3_BUCKET_ACL,
          S3_BUCKET_POLICY,
          S3_BUCKET_ENCRYPTION,
          S3_BUCKET_LOGGING,
          S3_BUCKET_OBJECT_LOCK,
          S3_BUCKET_VERSIONING,
        ],
        { client: { configure: fakeService(handlers) } },
      );
      expect(seen).toHaveLength(14);
      expect(new Set(seen)).toEqual(new Set(['eu@eu-west-1', 'syd@ap-southeast-2']));
    });
  });

  it('lets the SDK retry throttled per-bucket and account calls, then succeeds', async () => {
    await withRealSdk(async () => {
      const policy = throttledThen({ Policy: '{"Statement":[]}' }, 2, 'SlowDown');
      const account = throttledThen({ PublicAccessBlockConfiguration: { BlockPublicAcls: true } }, 1, 'SlowDown');
      const { inventory, stats } = await collect([S3_BUCKET_POLICY, S3_ACCOUNT_PUBLIC_ACCESS_BLOCK], {
        client: {
          configure: fakeService({
            ListBuckets: () => ({ Buckets: [{ Name: 'b1', BucketRegion: 'us-east-1' }] }),
            GetBucketPolicy: policy,
            's3control:GetPublicAccessBlock': account,
          }),
        },
      });
      expect(valueIn(inventory, 'aws.s3.bucketPolicy')).toEqual({ ok: true, value: { b1: { ok: true, value: { statements: [] } } } });
      expect(valueIn(inventory, 'aws.s3.accountPublicAccessBlock')).toMatchObject({ ok: true, value: { blockPublicAcls: true } });
      expect(policy.calls).toBe(3);
      expect(account.calls).toBe(2);
      expect(stats.toJSON()['s3:GetBucketPolicy']).toMatchObject({ calls: 1, attempts: 3, throttles: 2, errors: 0 });
    });
  });

  it('recognises "not configured" answers as the SDK really deserialises them from S3\'s 404 XML', async () => {
    await withRealSdk(async () => {
      const xml = (status: number, body: string) => ({
        response: new HttpResponse({
          statusCode: status,
          headers: { 'content-type': 'application/xml' },
          body: Readable.from([Buffer.from(body)]),
        }),
      });
      const error = (code: string) =>
        `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>not configured</Message><RequestId>r</RequestId></Error>`;
      const requestHandler = {
        handle: async (req: { path: string; query?: Record<string, unknown> }) => {
          if (req.path.includes('publicAccessBlock')) return xml(404, error('NoSuchPublicAccessBlockConfiguration'));
          if (req.query && 'policy' in req.query) return xml(404, error('NoSuchBucketPolicy'));
          if (req.query && 'encryption' in req.query) return xml(404, error('ServerSideEncryptionConfigurationNotFoundError'));
          return xml(
            200,
            '<?xml version="1.0" encoding="UTF-8"?><ListAllMyBucketsResult><Buckets><Bucket><Name>b1</Name><BucketRegion>us-east-1</BucketRegion></Bucket></Buckets></ListAllMyBucketsResult>',
          );
        },
        updateHttpClientConfig: () => undefined,
        httpHandlerConfigs: () => ({}),
      };
      const { inventory } = await collect([S3_BUCKET_POLICY, S3_BUCKET_ENCRYPTION, S3_ACCOUNT_PUBLIC_ACCESS_BLOCK], {
        client: { extraConfig: { requestHandler } },
      });
      expect(valueIn(inventory, 'aws.s3.bucketPolicy')).toEqual({ ok: true, value: { b1: { ok: true, value: null } } });
      expect(valueIn(inventory, 'aws.s3.bucketEncryption')).toEqual({ ok: true, value: { b1: { ok: true, value: null } } });
      expect(valueIn(inventory, 'aws.s3.accountPublicAccessBlock')).toEqual({ ok: true, value: null });
    });
  });
});

describe('buckets outside the scanned regions', () => {
  it('are listed but never read, and the snapshot notes how many were left out', async () => {
    s3.on(ListBucketsCommand).resolves({
      Buckets: [
        { Name: 'in', BucketRegion: 'eu-west-1' },
        { Name: 'far1', BucketRegion: 'ap-southeast-2' },
        { Name: 'far2', BucketRegion: 'ap-southeast-2' },
        { Name: 'far3', BucketRegion: 'us-west-2' },
      ],
    });
    s3.on(GetBucketVersioningCommand).resolves({ Status: 'Enabled' });
    const { inventory } = await collectIn([s3BucketVersioningEnabled], { regions: ['eu-west-1'] });
    expect(s3.commandCalls(GetBucketVersioningCommand).map((c) => c.args[0].input.Bucket)).toEqual(['in']);
    expect(Object.keys((valueIn(inventory, 'aws.s3.bucketVersioning') as { value: object }).value)).toEqual(['in']);
    // The listing stays whole: it is account-wide truth, and other checks (trail buckets) need it.
    expect((valueIn(inventory, 'aws.s3.buckets') as { value: unknown[] }).value).toHaveLength(4);
  });

  it('bucketsSkippedNote counts them by region, and says nothing when none were skipped', () => {
    const b = (name: string, region: string) => ({ name, arn: `arn:aws:s3:::${name}`, region });
    const list = [b('a', 'eu-west-1'), b('b', 'us-west-2'), b('c', 'ap-southeast-2'), b('d', 'us-west-2')];
    expect(bucketsSkippedNote(list, ['eu-west-1'])).toBe(
      'S3: 3 bucket(s) in regions outside this scan were listed but not read or evaluated (ap-southeast-2 1, us-west-2 2); add those regions to --regions to include them.',
    );
    expect(bucketsSkippedNote(list, ['eu-west-1', 'us-west-2', 'ap-southeast-2'])).toBeUndefined();
  });
});
