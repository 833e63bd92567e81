import { type ApiSpec, api, perResource } from '../../../../inventory/collector.js';
import { type Fetched, ok } from '../../../../model/fetched.js';
import type { InventoryKey, PerResource } from '../../../../model/keys.js';
import { awsClient } from '../../clients.js';
import type { AwsCollectContext, AwsCollector } from '../../context.js';
import {
  APIGW_DOMAINS,
  APIGW_REST_APIS,
  APIGW_REST_METHODS,
  APIGW_REST_STAGES,
  APIGW_V2_APIS,
  APIGW_V2_STAGES,
  type GatewayApi,
  type GatewayDomain,
  type GatewayMethod,
  type GatewayStage,
} from './state.js';

const V1 = awsClient('apigateway', 'apigateway', async () => (await import('@aws-sdk/client-api-gateway')).APIGatewayClient);
// Counted as apigatewayv2:… so v1 and v2 operations of the same name (GetStages) stay apart.
const V2 = awsClient('apigatewayv2', 'apigatewayv2', async () => (await import('@aws-sdk/client-apigatewayv2')).ApiGatewayV2Client);

// API Gateway's IAM actions are HTTP verbs on resource paths (apigateway:GET), not operation names.
const GET_REST_APIS = api('apigateway:GetRestApis', 'apigateway:GET');
const GET_STAGES = api('apigateway:GetStages', 'apigateway:GET');
const GET_RESOURCES = api('apigateway:GetResources', 'apigateway:GET');
const GET_DOMAINS = api('apigateway:GetDomainNames', 'apigateway:GET');
const GET_V2_APIS = api('apigatewayv2:GetApis', 'apigateway:GET');
const GET_V2_STAGES = api('apigatewayv2:GetStages', 'apigateway:GET');

const arnOf = (partition: string, region: string, path: string) => `arn:${partition}:apigateway:${region}::${path}`;

const restApis: AwsCollector<GatewayApi[]> = {
  key: APIGW_REST_APIS,
  service: 'apigateway',
  apis: [GET_REST_APIS],
  async collect(ctx, region) {
    const { paginateGetRestApis } = await import('@aws-sdk/client-api-gateway');
    const client = await ctx.client(V1, region);
    const out: GatewayApi[] = [];
    await ctx.call(GET_REST_APIS, async () => {
      for await (const page of paginateGetRestApis({ client, pageSize: 500 }, {})) {
        for (const a of page.items ?? []) {
          if (a.id)
            out.push({ id: a.id, name: a.name ?? a.id, arn: arnOf(ctx.account.partition, region, `/restapis/${a.id}`), protocol: 'REST' });
        }
      }
    });
    return out.sort((a, b) => a.id.localeCompare(b.id));
  },
};

const v2Apis: AwsCollector<GatewayApi[]> = {
  key: APIGW_V2_APIS,
  service: 'apigateway',
  apis: [GET_V2_APIS],
  async collect(ctx, region) {
    const { GetApisCommand } = await import('@aws-sdk/client-apigatewayv2');
    const client = await ctx.client(V2, region);
    const out: GatewayApi[] = [];
    // The v2 SDK has no paginator for GetApis; NextToken is followed by hand.
    await ctx.call(GET_V2_APIS, async () => {
      let token: string | undefined;
      do {
        const page = await client.send(new GetApisCommand({ MaxResults: '500', ...(token ? { NextToken: token } : {}) }));
        for (const a of page.Items ?? []) {
          if (a.ApiId)
            out.push({
              id: a.ApiId,
              name: a.Name ?? a.ApiId,
              arn: arnOf(ctx.account.partition, region, `/apis/${a.ApiId}`),
              protocol: a.ProtocolType ?? 'HTTP',
            });
        }
        token = page.NextToken;
      } while (token);
    });
    return out.sort((a, b) => a.id.localeCompare(b.id));
  },
};

/** Stages and resources have no account-wide read: one call (or paginated series) per API. */
function perApi<T>(
  key: InventoryKey<PerResource<T>>,
  list: InventoryKey<GatewayApi[]>,
  spec: ApiSpec,
  fetch: (a: GatewayApi, ctx: AwsCollectContext, region: string) => Promise<T>,
): AwsCollector<PerResource<T>> {
  return {
    key,
    service: 'apigateway',
    apis: [spec],
    dependsOn: [list],
    async collect(ctx, region) {
      const apis = await ctx.need(list, region);
      return perResource(
        apis,
        (a) => a.id,
        async (a): Promise<Fetched<T>> => {
          const res = await ctx.attempt(spec, () => fetch(a, ctx, region));
          return res.ok ? ok(res.value as T) : res;
        },
      );
    },
  };
}

const restStages = perApi<GatewayStage[]>(APIGW_REST_STAGES, APIGW_REST_APIS, GET_STAGES, async (a, ctx, region) => {
  const { GetStagesCommand } = await import('@aws-sdk/client-api-gateway');
  const client = await ctx.client(V1, region);
  const out = await client.send(new GetStagesCommand({ restApiId: a.id }));
  return (out.item ?? []).map((s) => ({
    name: s.stageName ?? '',
    executionLogging: s.methodSettings?.['*/*']?.loggingLevel ?? 'OFF',
    ...(s.accessLogSettings?.destinationArn ? { accessLogDestination: s.accessLogSettings.destinationArn } : {}),
    ...(s.webAclArn ? { webAclArn: s.webAclArn } : {}),
    tracingEnabled: s.tracingEnabled ?? false,
  }));
});

const restMethods = perApi<GatewayMethod[]>(APIGW_REST_METHODS, APIGW_REST_APIS, GET_RESOURCES, async (a, ctx, region) => {
  const { paginateGetResources } = await import('@aws-sdk/client-api-gateway');
  const client = await ctx.client(V1, region);
  const out: GatewayMethod[] = [];
  for await (const page of paginateGetResources({ client, pageSize: 500 }, { restApiId: a.id, embed: ['methods'] })) {
    for (const r of page.items ?? []) {
      for (const [verb, m] of Object.entries(r.resourceMethods ?? {})) {
        out.push({
          path: r.path ?? '/',
          httpMethod: verb,
          authorizationType: m.authorizationType ?? 'NONE',
          apiKeyRequired: m.apiKeyRequired ?? false,
        });
      }
    }
  }
  return out;
});

const v2Stages = perApi<GatewayStage[]>(APIGW_V2_STAGES, APIGW_V2_APIS, GET_V2_STAGES, async (a, ctx, region) => {
  const { GetStagesCommand } = await import('@aws-sdk/client-apigatewayv2');
  const client = await ctx.client(V2, region);
  const stages: GatewayStage[] = [];
  let token: string | undefined;
  do {
    const page = await client.send(new GetStagesCommand({ ApiId: a.id, ...(token ? { NextToken: token } : {}) }));
    for (const s of page.Items ?? []) {
      stages.push({
        name: s.StageName ?? '',
        ...(s.AccessLogSettings?.DestinationArn ? { accessLogDestination: s.AccessLogSettings.DestinationArn } : {}),
      });
    }
    token = page.NextToken;
  } while (token);
  return stages;
});

const domains: AwsCollector<GatewayDomain[]> = {
  key: APIGW_DOMAINS,
  service: 'apigateway',
  apis: [GET_DOMAINS],
  async collect(ctx, region) {
    const { paginateGetDomainNames } = await import('@aws-sdk/client-api-gateway');
    const client = await ctx.client(V1, region);
    const out: GatewayDomain[] = [];
    await ctx.call(GET_DOMAINS, async () => {
      for await (const page of paginateGetDomainNames({ client, pageSize: 500 }, {})) {
        for (const d of page.items ?? []) {
          if (!d.domainName) continue;
          out.push({
            name: d.domainName,
            arn: d.domainNameArn ?? arnOf(ctx.account.partition, region, `/domainnames/${d.domainName}`),
            securityPolicy: d.securityPolicy ?? 'TLS_1_0',
          });
        }
      }
    });
    return out.sort((a, b) => a.name.localeCompare(b.name));
  },
};

export const apiGatewayCollectors: readonly AwsCollector<unknown>[] = [
  restApis,
  restStages,
  restMethods,
  domains,
  v2Apis,
  v2Stages,
] as readonly AwsCollector<unknown>[];
