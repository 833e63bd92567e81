import { api, perResource } from '../../../../inventory/collector.js';
import { type Fetched, ok } from '../../../../model/fetched.js';
import type { PerResource } from '../../../../model/keys.js';
import { awsClient } from '../../clients.js';
import type { AwsCollector } from '../../context.js';
import { CLOUDFRONT_DISTRIBUTIONS, CLOUDFRONT_LEGACY_LOGGING, CLOUDFRONT_LOG_DELIVERIES, type CloudFrontDistribution } from './state.js';

const CLOUDFRONT = awsClient('cloudfront', 'cloudfront', async () => (await import('@aws-sdk/client-cloudfront')).CloudFrontClient);
/** CloudFront's control plane and its vended logs live in us-east-1 whatever the home region. */
const CF_REGION = 'us-east-1';

const LIST_DISTRIBUTIONS = api('cloudfront:ListDistributions');
const GET_CONFIG = api('cloudfront:GetDistributionConfig');
const DESCRIBE_SOURCES = api('logs:DescribeDeliverySources');
const DESCRIBE_DELIVERIES = api('logs:DescribeDeliveries');

const distributions: AwsCollector<CloudFrontDistribution[]> = {
  key: CLOUDFRONT_DISTRIBUTIONS,
  service: 'cloudfront',
  apis: [LIST_DISTRIBUTIONS],
  async collect(ctx) {
    const { paginateListDistributions } = await import('@aws-sdk/client-cloudfront');
    const client = await ctx.client(CLOUDFRONT, CF_REGION);
    const out: CloudFrontDistribution[] = [];
    await ctx.call(LIST_DISTRIBUTIONS, async () => {
      for await (const page of paginateListDistributions({ client, pageSize: 100 }, {})) {
        for (const d of page.DistributionList?.Items ?? []) {
          if (!d.Id || !d.ARN) continue;
          const policies: Record<string, string> = { '*': d.DefaultCacheBehavior?.ViewerProtocolPolicy ?? 'allow-all' };
          for (const b of d.CacheBehaviors?.Items ?? []) if (b.PathPattern) policies[b.PathPattern] = b.ViewerProtocolPolicy ?? 'allow-all';
          const cert = d.ViewerCertificate;
          out.push({
            name: d.Id,
            arn: d.ARN,
            domainName: d.DomainName ?? '',
            viewerProtocolPolicies: policies,
            defaultCertificate: cert?.CloudFrontDefaultCertificate ?? !cert?.ACMCertificateArn,
            ...(cert?.MinimumProtocolVersion ? { minimumProtocolVersion: cert.MinimumProtocolVersion } : {}),
            origins: (d.Origins?.Items ?? []).map((o) => ({
              id: o.Id ?? '',
              domainName: o.DomainName ?? '',
              kind: o.S3OriginConfig ? ('s3' as const) : ('custom' as const),
              ...(o.OriginAccessControlId ? { originAccessControlId: o.OriginAccessControlId } : {}),
              ...(o.S3OriginConfig?.OriginAccessIdentity ? { originAccessIdentity: o.S3OriginConfig.OriginAccessIdentity } : {}),
              ...(o.CustomOriginConfig?.OriginProtocolPolicy ? { originProtocolPolicy: o.CustomOriginConfig.OriginProtocolPolicy } : {}),
            })),
            ...(d.WebACLId ? { webAclId: d.WebACLId } : {}),
            ...(d.DefaultCacheBehavior?.FieldLevelEncryptionId
              ? { fieldLevelEncryptionId: d.DefaultCacheBehavior.FieldLevelEncryptionId }
              : {}),
          });
        }
      }
    });
    return out.sort((a, b) => a.name.localeCompare(b.name));
  },
};

// The list summary leaves out logging; only the full configuration has it, one call per distribution.
const legacyLogging: AwsCollector<PerResource<boolean>> = {
  key: CLOUDFRONT_LEGACY_LOGGING,
  service: 'cloudfront',
  apis: [GET_CONFIG],
  dependsOn: [CLOUDFRONT_DISTRIBUTIONS],
  async collect(ctx, region) {
    const { GetDistributionConfigCommand } = await import('@aws-sdk/client-cloudfront');
    const client = await ctx.client(CLOUDFRONT, CF_REGION);
    const list = await ctx.need(CLOUDFRONT_DISTRIBUTIONS, region);
    return perResource(
      list,
      (d) => d.name,
      async (d): Promise<Fetched<boolean>> => {
        const res = await ctx.attempt(GET_CONFIG, () => client.send(new GetDistributionConfigCommand({ Id: d.name })));
        return res.ok ? ok(res.value?.DistributionConfig?.Logging?.Enabled ?? false) : res;
      },
    );
  },
};

const logDeliveries: AwsCollector<string[]> = {
  key: CLOUDFRONT_LOG_DELIVERIES,
  service: 'logs',
  apis: [DESCRIBE_SOURCES, DESCRIBE_DELIVERIES],
  async collect(ctx) {
    const { paginateDescribeDeliverySources, paginateDescribeDeliveries } = await import('@aws-sdk/client-cloudwatch-logs');
    const client = await ctx.client('logs', CF_REGION);
    const sources = new Map<string, string[]>();
    await ctx.call(DESCRIBE_SOURCES, async () => {
      for await (const page of paginateDescribeDeliverySources({ client, pageSize: 50 }, {})) {
        for (const s of page.deliverySources ?? []) {
          if (s.name && s.service === 'cloudfront' && s.logType === 'ACCESS_LOGS') sources.set(s.name, s.resourceArns ?? []);
        }
      }
    });
    const delivered = new Set<string>();
    if (sources.size === 0) return [];
    await ctx.call(DESCRIBE_DELIVERIES, async () => {
      for await (const page of paginateDescribeDeliveries({ client, pageSize: 50 }, {})) {
        for (const d of page.deliveries ?? []) for (const arn of sources.get(d.deliverySourceName ?? '') ?? []) delivered.add(arn);
      }
    });
    return [...delivered].sort();
  },
};

export const cloudFrontCollectors: readonly AwsCollector<unknown>[] = [
  distributions,
  legacyLogging,
  logDeliveries,
] as readonly AwsCollector<unknown>[];
