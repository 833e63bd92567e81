import { api, perResource } from '../../../../inventory/collector.js';
import { type Fetched, ok } from '../../../../model/fetched.js';
import type { PerResource } from '../../../../model/keys.js';
import { awsClient } from '../../clients.js';
import type { AwsCollector } from '../../context.js';
import { type HostedZone, ROUTE53_DNSSEC, ROUTE53_QUERY_LOGGING, ROUTE53_ZONES } from './state.js';

const ROUTE53 = awsClient('route53', 'route53', async () => (await import('@aws-sdk/client-route-53')).Route53Client);
/** Route 53's control plane is global, served from us-east-1. */
const R53_REGION = 'us-east-1';

const LIST_ZONES = api('route53:ListHostedZones');
const GET_DNSSEC = api('route53:GetDNSSEC');
const LIST_QUERY_LOGGING = api('route53:ListQueryLoggingConfigs');

const zones: AwsCollector<HostedZone[]> = {
  key: ROUTE53_ZONES,
  service: 'route53',
  apis: [LIST_ZONES],
  async collect(ctx) {
    const { paginateListHostedZones } = await import('@aws-sdk/client-route-53');
    const client = await ctx.client(ROUTE53, R53_REGION);
    const out: HostedZone[] = [];
    await ctx.call(LIST_ZONES, async () => {
      for await (const page of paginateListHostedZones({ client, pageSize: 100 }, {})) {
        for (const z of page.HostedZones ?? []) {
          if (!z.Id || !z.Name) continue;
          const id = z.Id.replace(/^\/hostedzone\//, '');
          out.push({
            id,
            arn: `arn:${ctx.account.partition}:route53:::hostedzone/${id}`,
            name: z.Name,
            private: z.Config?.PrivateZone === true,
          });
        }
      }
    });
    return out.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  },
};

// DNSSEC signing exists only for public zones, so private ones are not asked about.
const dnssec: AwsCollector<PerResource<string>> = {
  key: ROUTE53_DNSSEC,
  service: 'route53',
  apis: [GET_DNSSEC],
  dependsOn: [ROUTE53_ZONES],
  async collect(ctx, region) {
    const { GetDNSSECCommand } = await import('@aws-sdk/client-route-53');
    const client = await ctx.client(ROUTE53, R53_REGION);
    const list = await ctx.need(ROUTE53_ZONES, region);
    return perResource(
      list.filter((z) => !z.private),
      (z) => z.id,
      async (z): Promise<Fetched<string>> => {
        const res = await ctx.attempt(GET_DNSSEC, () => client.send(new GetDNSSECCommand({ HostedZoneId: z.id })));
        return res.ok ? ok(res.value?.Status?.ServeSignature ?? 'NOT_SIGNING') : res;
      },
    );
  },
};

const queryLogging: AwsCollector<Record<string, string>> = {
  key: ROUTE53_QUERY_LOGGING,
  service: 'route53',
  apis: [LIST_QUERY_LOGGING],
  async collect(ctx) {
    const { paginateListQueryLoggingConfigs } = await import('@aws-sdk/client-route-53');
    const client = await ctx.client(ROUTE53, R53_REGION);
    const out: Record<string, string> = {};
    await ctx.call(LIST_QUERY_LOGGING, async () => {
      for await (const page of paginateListQueryLoggingConfigs({ client, pageSize: 100 }, {})) {
        for (const c of page.QueryLoggingConfigs ?? []) {
          if (c.HostedZoneId && c.CloudWatchLogsLogGroupArn)
            out[c.HostedZoneId.replace(/^\/hostedzone\//, '')] = c.CloudWatchLogsLogGroupArn;
        }
      }
    });
    return out;
  },
};

export const route53Collectors: readonly AwsCollector<unknown>[] = [zones, dnssec, queryLogging] as readonly AwsCollector<unknown>[];
