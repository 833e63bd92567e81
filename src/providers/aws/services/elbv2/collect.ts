import { type ApiSpec, api, perResource } from '../../../../inventory/collector.js';
import { type Fetched, ok } from '../../../../model/fetched.js';
import type { InventoryKey, PerResource } from '../../../../model/keys.js';
import { awsClient } from '../../clients.js';
import type { AwsCollectContext, AwsCollector } from '../../context.js';
import { ELBV2_ATTRIBUTES, ELBV2_LISTENERS, ELBV2_LOAD_BALANCERS, type ListenerV2, type LoadBalancerV2 } from './state.js';

// Counted as elbv2:… so these never mix with classic ELB's operations of the same names; the IAM
// actions are still elasticloadbalancing:….
const ELBV2 = awsClient(
  'elbv2',
  'elbv2',
  async () => (await import('@aws-sdk/client-elastic-load-balancing-v2')).ElasticLoadBalancingV2Client,
);

const DESCRIBE_LBS = api('elbv2:DescribeLoadBalancers', 'elasticloadbalancing:DescribeLoadBalancers');
const DESCRIBE_ATTRIBUTES = api('elbv2:DescribeLoadBalancerAttributes', 'elasticloadbalancing:DescribeLoadBalancerAttributes');
const DESCRIBE_LISTENERS = api('elbv2:DescribeListeners', 'elasticloadbalancing:DescribeListeners');

const loadBalancers: AwsCollector<LoadBalancerV2[]> = {
  key: ELBV2_LOAD_BALANCERS,
  service: 'elbv2',
  apis: [DESCRIBE_LBS],
  async collect(ctx, region) {
    const { paginateDescribeLoadBalancers } = await import('@aws-sdk/client-elastic-load-balancing-v2');
    const client = await ctx.client(ELBV2, region);
    const out: LoadBalancerV2[] = [];
    await ctx.call(DESCRIBE_LBS, async () => {
      for await (const page of paginateDescribeLoadBalancers({ client, pageSize: 400 }, {})) {
        for (const lb of page.LoadBalancers ?? []) {
          if (!lb.LoadBalancerArn || !lb.LoadBalancerName) continue;
          out.push({
            name: lb.LoadBalancerName,
            arn: lb.LoadBalancerArn,
            type: lb.Type ?? 'application',
            scheme: lb.Scheme ?? 'internet-facing',
          });
        }
      }
    });
    return out.sort((a, b) => a.arn.localeCompare(b.arn));
  },
};

type Sdk = typeof import('@aws-sdk/client-elastic-load-balancing-v2');
type SdkClient = InstanceType<Sdk['ElasticLoadBalancingV2Client']>;

/** Attributes and listeners have no account-wide read: one call per load balancer. */
function perLoadBalancer<T>(
  key: InventoryKey<PerResource<T>>,
  spec: ApiSpec,
  fetch: (sdk: Sdk, client: SdkClient, lb: LoadBalancerV2, ctx: AwsCollectContext) => Promise<Fetched<T>>,
): AwsCollector<PerResource<T>> {
  return {
    key,
    service: 'elbv2',
    apis: [spec],
    dependsOn: [ELBV2_LOAD_BALANCERS],
    async collect(ctx, region) {
      const sdk = await import('@aws-sdk/client-elastic-load-balancing-v2');
      const client = await ctx.client(ELBV2, region);
      const lbs = await ctx.need(ELBV2_LOAD_BALANCERS, region);
      return perResource(
        lbs,
        (lb) => lb.arn,
        (lb) => fetch(sdk, client, lb, ctx),
      );
    },
  };
}

const attributes = perLoadBalancer<Record<string, string>>(ELBV2_ATTRIBUTES, DESCRIBE_ATTRIBUTES, async (sdk, client, lb, ctx) => {
  const res = await ctx.attempt(DESCRIBE_ATTRIBUTES, () =>
    client.send(new sdk.DescribeLoadBalancerAttributesCommand({ LoadBalancerArn: lb.arn })),
  );
  if (!res.ok) return res;
  return ok(Object.fromEntries((res.value?.Attributes ?? []).flatMap((a) => (a.Key && a.Value !== undefined ? [[a.Key, a.Value]] : []))));
});

const listeners = perLoadBalancer<ListenerV2[]>(ELBV2_LISTENERS, DESCRIBE_LISTENERS, async (sdk, client, lb, ctx) => {
  const res = await ctx.attempt(DESCRIBE_LISTENERS, async () => {
    const out: ListenerV2[] = [];
    for await (const page of sdk.paginateDescribeListeners({ client, pageSize: 400 }, { LoadBalancerArn: lb.arn })) {
      for (const l of page.Listeners ?? []) {
        const redirect = (l.DefaultActions ?? []).find((a) => a.Type === 'redirect')?.RedirectConfig?.Protocol;
        out.push({
          arn: l.ListenerArn ?? '',
          protocol: l.Protocol ?? 'UNKNOWN',
          port: l.Port ?? 0,
          ...(l.SslPolicy ? { sslPolicy: l.SslPolicy } : {}),
          ...(redirect ? { redirectProtocol: redirect } : {}),
        });
      }
    }
    return out;
  });
  return res.ok ? ok(res.value ?? []) : res;
});

export const elbv2Collectors: readonly AwsCollector<unknown>[] = [loadBalancers, attributes, listeners] as readonly AwsCollector<unknown>[];
