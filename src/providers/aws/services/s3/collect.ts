import type { S3Client } from '@aws-sdk/client-s3';
import { type ApiSpec, api, perResource, unreadable } from '../../../../inventory/collector.js';
import type { Fetched } from '../../../../model/fetched.js';
import type { InventoryKey } from '../../../../model/keys.js';
import type { AwsCollectContext, AwsCollector } from '../../context.js';
import { errorCode } from '../../errors.js';
import { type PolicyDocument, PolicyParseError, parsePolicyDocument } from '../../iam-policy.js';
import {
  type AclGrant,
  type BucketAcl,
  type BucketEncryption,
  type BucketLogging,
  type BucketObjectLock,
  type BucketVersioning,
  bucketsInRegions,
  type PublicAccessBlock,
  S3_ACCOUNT_PUBLIC_ACCESS_BLOCK,
  S3_BUCKET_ACL,
  S3_BUCKET_ENCRYPTION,
  S3_BUCKET_LOGGING,
  S3_BUCKET_OBJECT_LOCK,
  S3_BUCKET_POLICY,
  S3_BUCKET_PUBLIC_ACCESS_BLOCK,
  S3_BUCKET_VERSIONING,
  S3_BUCKETS,
  type S3Bucket,
} from './state.js';

const LIST_BUCKETS = api('s3:ListBuckets', 's3:ListAllMyBuckets');
const GET_VERSIONING = api('s3:GetBucketVersioning');
const GET_ACCOUNT_PAB = api('s3control:GetPublicAccessBlock', 's3:GetAccountPublicAccessBlock');
const GET_BUCKET_PAB = api('s3:GetPublicAccessBlock', 's3:GetBucketPublicAccessBlock');
const GET_ACL = api('s3:GetBucketAcl');
const GET_POLICY = api('s3:GetBucketPolicy');
const GET_ENCRYPTION = api('s3:GetBucketEncryption', 's3:GetEncryptionConfiguration');
const GET_LOGGING = api('s3:GetBucketLogging');
const GET_OBJECT_LOCK = api('s3:GetObjectLockConfiguration', 's3:GetBucketObjectLockConfiguration');

// "Not configured" answers. S3 sends them as 404s; matching on the name first keeps them
// from being classified as not_found.
const NO_PAB = 'NoSuchPublicAccessBlockConfiguration';
const NO_POLICY = 'NoSuchBucketPolicy';
const NO_ENCRYPTION = 'ServerSideEncryptionConfigurationNotFoundError';
const NO_OBJECT_LOCK = 'ObjectLockConfigurationNotFoundError';

type PerBucket<T> = Record<string, Fetched<T>>;

const buckets: AwsCollector<S3Bucket[]> = {
  key: S3_BUCKETS,
  service: 's3',
  apis: [LIST_BUCKETS],
  async collect(ctx, region) {
    const { paginateListBuckets } = await import('@aws-sdk/client-s3');
    const client = await ctx.client('s3', region);
    const out: S3Bucket[] = [];
    await ctx.call(LIST_BUCKETS, async () => {
      for await (const page of paginateListBuckets({ client }, { MaxBuckets: 1000 })) {
        for (const b of page.Buckets ?? []) {
          if (!b.Name) continue;
          out.push({
            name: b.Name,
            arn: `arn:${ctx.account.partition}:s3:::${b.Name}`,
            // With MaxBuckets set, ListBuckets reports every bucket region; emulators may not, and
            // a wrong guess only makes per-bucket calls fail (as errors), never judges a bucket.
            region: b.BucketRegion ?? 'us-east-1',
            ...(b.CreationDate ? { createdAt: b.CreationDate.toISOString() } : {}),
          });
        }
      }
    });
    return out.sort((a, b) => a.name.localeCompare(b.name));
  },
};

/**
 * Run one per-bucket call for every bucket in a scanned region, in the bucket's own region.
 * Failures stay per bucket; the key as a whole fails only if the bucket list itself failed.
 */
export async function perBucket<T>(
  ctx: AwsCollectContext,
  home: string,
  fn: (bucket: S3Bucket) => Promise<Fetched<T>>,
): Promise<Record<string, Fetched<T>>> {
  return perResource(bucketsInRegions(await ctx.need(S3_BUCKETS, home), ctx.regions), (b) => b.name, fn);
}

/** Map a successful per-bucket answer; failures pass through untouched. */
function mapOk<A, B>(res: Fetched<A>, fn: (value: A) => B): Fetched<B> {
  return res.ok ? { ok: true, value: fn(res.value) } : res;
}

type S3Sdk = typeof import('@aws-sdk/client-s3');

/** A collector of one call per bucket, each made with a client in the bucket's own region. */
function bucketCollector<T>(
  key: InventoryKey<PerBucket<T>>,
  spec: ApiSpec,
  fetch: (s3: S3Sdk, client: S3Client, bucket: S3Bucket, ctx: AwsCollectContext) => Promise<Fetched<T>>,
): AwsCollector<PerBucket<T>> {
  return {
    key,
    service: 's3',
    apis: [spec],
    dependsOn: [S3_BUCKETS],
    async collect(ctx, home) {
      const s3 = await import('@aws-sdk/client-s3');
      return perBucket(ctx, home, async (b) => fetch(s3, await ctx.client('s3', b.region), b, ctx));
    },
  };
}

const versioning = bucketCollector<BucketVersioning>(S3_BUCKET_VERSIONING, GET_VERSIONING, async (s3, client, b, ctx) => {
  const res = await ctx.attempt(GET_VERSIONING, () => client.send(new s3.GetBucketVersioningCommand({ Bucket: b.name })));
  if (!res.ok) return res;
  // A bucket that never had versioning returns no Status at all.
  const status = res.value?.Status ?? 'Disabled';
  return { ok: true, value: { status, mfaDelete: res.value?.MFADelete === 'Enabled' } };
});

interface RawPab {
  BlockPublicAcls?: boolean;
  IgnorePublicAcls?: boolean;
  BlockPublicPolicy?: boolean;
  RestrictPublicBuckets?: boolean;
}

/** A switch left out of the configuration is off, which is what S3 enforces for it. */
function toPab(c: RawPab | undefined): PublicAccessBlock {
  return {
    blockPublicAcls: c?.BlockPublicAcls === true,
    ignorePublicAcls: c?.IgnorePublicAcls === true,
    blockPublicPolicy: c?.BlockPublicPolicy === true,
    restrictPublicBuckets: c?.RestrictPublicBuckets === true,
  };
}

const accountPublicAccessBlock: AwsCollector<PublicAccessBlock | null> = {
  key: S3_ACCOUNT_PUBLIC_ACCESS_BLOCK,
  service: 's3',
  apis: [GET_ACCOUNT_PAB],
  async collect(ctx, home) {
    const { GetPublicAccessBlockCommand } = await import('@aws-sdk/client-s3-control');
    const client = await ctx.client('s3control', home);
    return ctx.call(GET_ACCOUNT_PAB, async () => {
      try {
        const out = await client.send(new GetPublicAccessBlockCommand({ AccountId: ctx.account.id }));
        return toPab(out.PublicAccessBlockConfiguration);
      } catch (err) {
        if (errorCode(err) === NO_PAB) return null;
        throw err;
      }
    });
  },
};

const bucketPublicAccessBlock = bucketCollector<PublicAccessBlock | null>(
  S3_BUCKET_PUBLIC_ACCESS_BLOCK,
  GET_BUCKET_PAB,
  async (s3, client, b, ctx) => {
    const res = await ctx.attempt(GET_BUCKET_PAB, () => client.send(new s3.GetPublicAccessBlockCommand({ Bucket: b.name })), [NO_PAB]);
    return mapOk(res, (out) => (out ? toPab(out.PublicAccessBlockConfiguration) : null));
  },
);

const bucketAcl = bucketCollector<BucketAcl>(S3_BUCKET_ACL, GET_ACL, async (s3, client, b, ctx) => {
  const res = await ctx.attempt(GET_ACL, () => client.send(new s3.GetBucketAclCommand({ Bucket: b.name })));
  if (!res.ok) return res;
  const grants: AclGrant[] = [];
  for (const g of res.value?.Grants ?? []) {
    if (!g.Grantee?.Type || !g.Permission) continue;
    // Display names and email addresses are personal data the checks never need.
    grants.push({
      granteeType: g.Grantee.Type,
      ...(g.Grantee.URI ? { uri: g.Grantee.URI } : {}),
      ...(g.Grantee.ID ? { id: g.Grantee.ID } : {}),
      permission: g.Permission,
    });
  }
  const ownerId = res.value?.Owner?.ID;
  return { ok: true, value: { ...(ownerId ? { ownerId } : {}), grants } };
});

const bucketPolicy = bucketCollector<PolicyDocument | null>(S3_BUCKET_POLICY, GET_POLICY, async (s3, client, b, ctx) => {
  const res = await ctx.attempt(GET_POLICY, () => client.send(new s3.GetBucketPolicyCommand({ Bucket: b.name })), [NO_POLICY]);
  if (!res.ok) return res;
  if (!res.value?.Policy) return { ok: true, value: null };
  try {
    return { ok: true, value: parsePolicyDocument(res.value.Policy) };
  } catch (err) {
    if (!(err instanceof PolicyParseError)) throw err;
    // A policy we cannot read must not look like "no policy".
    return unreadable(GET_POLICY, err.message);
  }
});

const bucketEncryption = bucketCollector<BucketEncryption | null>(S3_BUCKET_ENCRYPTION, GET_ENCRYPTION, async (s3, client, b, ctx) => {
  const res = await ctx.attempt(GET_ENCRYPTION, () => client.send(new s3.GetBucketEncryptionCommand({ Bucket: b.name })), [NO_ENCRYPTION]);
  return mapOk(res, (out): BucketEncryption | null => {
    // S3 allows one rule; the default-encryption part of it is what applies to new objects.
    const rule = out?.ServerSideEncryptionConfiguration?.Rules?.find((r) => r.ApplyServerSideEncryptionByDefault?.SSEAlgorithm);
    const def = rule?.ApplyServerSideEncryptionByDefault;
    if (!rule || !def?.SSEAlgorithm) return null;
    return {
      algorithm: def.SSEAlgorithm,
      ...(def.KMSMasterKeyID ? { kmsKeyId: def.KMSMasterKeyID } : {}),
      bucketKeyEnabled: rule.BucketKeyEnabled === true,
    };
  });
});

const bucketLogging = bucketCollector<BucketLogging | null>(S3_BUCKET_LOGGING, GET_LOGGING, async (s3, client, b, ctx) => {
  const res = await ctx.attempt(GET_LOGGING, () => client.send(new s3.GetBucketLoggingCommand({ Bucket: b.name })));
  // Logging off is an empty answer, not an error.
  return mapOk(res, (out) => {
    const target = out?.LoggingEnabled?.TargetBucket;
    return target ? { targetBucket: target, targetPrefix: out?.LoggingEnabled?.TargetPrefix ?? '' } : null;
  });
});

const bucketObjectLock = bucketCollector<BucketObjectLock | null>(S3_BUCKET_OBJECT_LOCK, GET_OBJECT_LOCK, async (s3, client, b, ctx) => {
  const res = await ctx.attempt(GET_OBJECT_LOCK, () => client.send(new s3.GetObjectLockConfigurationCommand({ Bucket: b.name })), [
    NO_OBJECT_LOCK,
  ]);
  return mapOk(res, (out): BucketObjectLock | null => {
    const conf = out?.ObjectLockConfiguration;
    if (!conf) return null;
    const r = conf.Rule?.DefaultRetention;
    return {
      enabled: conf.ObjectLockEnabled === 'Enabled',
      ...(r?.Mode
        ? {
            defaultRetention: {
              mode: r.Mode,
              ...(r.Days !== undefined ? { days: r.Days } : {}),
              ...(r.Years !== undefined ? { years: r.Years } : {}),
            },
          }
        : {}),
    };
  });
});

export const s3Collectors: readonly AwsCollector<unknown>[] = [
  buckets,
  versioning,
  accountPublicAccessBlock,
  bucketPublicAccessBlock,
  bucketAcl,
  bucketPolicy,
  bucketEncryption,
  bucketLogging,
  bucketObjectLock,
] as readonly AwsCollector<unknown>[];
