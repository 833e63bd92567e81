import { api } from '../../../inventory/collector.js';
import type { Fetched } from '../../../inventory/fetched.js';
import type { AwsCollectContext, AwsCollector } from '../context.js';
import { S3_BUCKETS, S3_BUCKET_VERSIONING, type BucketVersioning, type S3Bucket } from '../inventory/s3.js';

const LIST_BUCKETS = api('s3:ListBuckets', 's3:ListAllMyBuckets');
const GET_VERSIONING = api('s3:GetBucketVersioning');

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
            // ListBuckets reports the region for each bucket; older endpoints omit it for us-east-1.
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
 * Run one per-bucket call for every bucket, in the bucket's own region. Failures stay
 * per bucket; the key as a whole fails only if the bucket list itself failed.
 */
export async function perBucket<T>(
  ctx: AwsCollectContext,
  home: string,
  fn: (bucket: S3Bucket) => Promise<Fetched<T>>,
): Promise<Record<string, Fetched<T>>> {
  const list = await ctx.need(S3_BUCKETS, home);
  const entries = await Promise.all(list.map(async (b) => [b.name, await fn(b)] as const));
  return Object.fromEntries(entries);
}

const versioning: AwsCollector<Record<string, Fetched<BucketVersioning>>> = {
  key: S3_BUCKET_VERSIONING,
  service: 's3',
  apis: [GET_VERSIONING],
  dependsOn: [S3_BUCKETS],
  async collect(ctx, home) {
    const { GetBucketVersioningCommand } = await import('@aws-sdk/client-s3');
    return perBucket(ctx, home, async (b) => {
      const client = await ctx.client('s3', b.region);
      const res = await ctx.attempt(GET_VERSIONING, () => client.send(new GetBucketVersioningCommand({ Bucket: b.name })));
      if (!res.ok) return res;
      // A bucket that never had versioning returns no Status at all.
      const status = res.value?.Status ?? 'Disabled';
      return { ok: true, value: { status, mfaDelete: res.value?.MFADelete === 'Enabled' } };
    });
  },
};

export const s3Collectors: readonly AwsCollector<unknown>[] = [buckets, versioning] as readonly AwsCollector<unknown>[];
