import { api, perResource, unreadable } from '../../../../inventory/collector.js';
import { type Fetched, ok } from '../../../../model/fetched.js';
import type { InventoryKey, PerResource } from '../../../../model/keys.js';
import { awsClient } from '../../clients.js';
import type { AwsCollector } from '../../context.js';
import { WAF_CLOUDFRONT_ACLS, WAF_CLOUDFRONT_LOGGING, WAF_REGIONAL_ACLS, WAF_REGIONAL_LOGGING, type WebAcl } from './state.js';

const WAF = awsClient('wafv2', 'wafv2', async () => (await import('@aws-sdk/client-wafv2')).WAFV2Client);
/** CLOUDFRONT-scope resources are managed through us-east-1 only. */
const CF_REGION = 'us-east-1';

const LIST_ACLS = api('wafv2:ListWebACLs');
const GET_ACL = api('wafv2:GetWebACL');
const LIST_LOGGING = api('wafv2:ListLoggingConfigurations');

type Scope = 'REGIONAL' | 'CLOUDFRONT';
const regionOf = (scope: Scope, region: string) => (scope === 'CLOUDFRONT' ? CF_REGION : region);

/** WAFv2 list calls page with NextMarker and have no SDK paginator. */
async function pages<T>(fetch: (marker?: string) => Promise<{ items: T[]; next?: string }>): Promise<T[]> {
  const out: T[] = [];
  let marker: string | undefined;
  do {
    const page = await fetch(marker);
    out.push(...page.items);
    marker = page.next;
  } while (marker);
  return out;
}

function acls(key: InventoryKey<PerResource<WebAcl>>, scope: Scope): AwsCollector<PerResource<WebAcl>> {
  return {
    key,
    service: 'wafv2',
    apis: [LIST_ACLS, GET_ACL],
    async collect(ctx, region) {
      const { ListWebACLsCommand, GetWebACLCommand } = await import('@aws-sdk/client-wafv2');
      const client = await ctx.client(WAF, regionOf(scope, region));
      const summaries = await ctx.call(LIST_ACLS, () =>
        pages(async (NextMarker) => {
          const out = await client.send(new ListWebACLsCommand({ Scope: scope, Limit: 100, ...(NextMarker ? { NextMarker } : {}) }));
          return { items: out.WebACLs ?? [], ...(out.NextMarker && out.WebACLs?.length ? { next: out.NextMarker } : {}) };
        }),
      );
      // The summary has no rules or default action; GetWebACL has them, one call per ACL.
      return perResource(
        summaries.filter((s) => s.ARN && s.Id && s.Name).sort((a, b) => a.ARN!.localeCompare(b.ARN!)),
        (s) => s.ARN!,
        async (s): Promise<Fetched<WebAcl>> => {
          const res = await ctx.attempt(GET_ACL, () => client.send(new GetWebACLCommand({ Scope: scope, Id: s.Id!, Name: s.Name! })));
          if (!res.ok) return res;
          const acl = res.value?.WebACL;
          if (!acl) return unreadable(GET_ACL, `GetWebACL returned no web ACL for ${s.Name}`);
          return ok({
            name: s.Name!,
            arn: s.ARN!,
            scope,
            rules: acl.Rules?.length ?? 0,
            defaultAction: acl.DefaultAction?.Block ? 'BLOCK' : 'ALLOW',
          });
        },
      );
    },
  };
}

function logging(key: InventoryKey<string[]>, scope: Scope): AwsCollector<string[]> {
  return {
    key,
    service: 'wafv2',
    apis: [LIST_LOGGING],
    async collect(ctx, region) {
      const { ListLoggingConfigurationsCommand } = await import('@aws-sdk/client-wafv2');
      const client = await ctx.client(WAF, regionOf(scope, region));
      const configs = await ctx.call(LIST_LOGGING, () =>
        pages(async (NextMarker) => {
          const out = await client.send(
            new ListLoggingConfigurationsCommand({ Scope: scope, Limit: 100, ...(NextMarker ? { NextMarker } : {}) }),
          );
          return {
            items: out.LoggingConfigurations ?? [],
            ...(out.NextMarker && out.LoggingConfigurations?.length ? { next: out.NextMarker } : {}),
          };
        }),
      );
      return configs.flatMap((c) => (c.ResourceArn && c.LogDestinationConfigs?.length ? [c.ResourceArn] : [])).sort();
    },
  };
}

export const wafv2Collectors: readonly AwsCollector<unknown>[] = [
  acls(WAF_REGIONAL_ACLS, 'REGIONAL'),
  acls(WAF_CLOUDFRONT_ACLS, 'CLOUDFRONT'),
  logging(WAF_REGIONAL_LOGGING, 'REGIONAL'),
  logging(WAF_CLOUDFRONT_LOGGING, 'CLOUDFRONT'),
] as readonly AwsCollector<unknown>[];
