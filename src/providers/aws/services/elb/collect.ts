import { type ApiSpec, api, perResource } from '../../../../inventory/collector.js';
import { type Fetched, ok } from '../../../../model/fetched.js';
import type { InventoryKey, PerResource } from '../../../../model/keys.js';
import { awsClient } from '../../clients.js';
import type { AwsCollectContext, AwsCollector } from '../../context.js';
import {
  type ClassicAttributes,
  type ClassicLoadBalancer,
  type ClassicPolicy,
  ELB_ATTRIBUTES,
  ELB_LOAD_BALANCERS,
  ELB_POLICIES,
} from './state.js';

// Counted as elb:… so these never mix with ELBv2's operations of the same names; the IAM actions
// are elasticloadbalancing:… for both.
const ELB = awsClient('elb', 'elb', async () => (await import('@aws-sdk/client-elastic-load-balancing')).ElasticLoadBalancingClient);

const DESCRIBE_LBS = api('elb:DescribeLoadBalancers', 'elasticloadbalancing:DescribeLoadBalancers');
const DESCRIBE_ATTRIBUTES = api('elb:DescribeLoadBalancerAttributes', 'elasticloadbalancing:DescribeLoadBalancerAttributes');
const DESCRIBE_POLICIES = api('elb:DescribeLoadBalancerPolicies', 'elasticloadbalancing:DescribeLoadBalancerPolicies');

const loadBalancers: AwsCollector<ClassicLoadBalancer[]> = {
  key: ELB_LOAD_BALANCERS,
  service: 'elb',
  apis: [DESCRIBE_LBS],
  async collect(ctx, region) {
    const { paginateDescribeLoadBalancers } = await import('@aws-sdk/client-elastic-load-balancing');
    const client = await ctx.client(ELB, region);
    const { partition, id: account } = ctx.account;
    const out: ClassicLoadBalancer[] = [];
    await ctx.call(DESCRIBE_LBS, async () => {
      for await (const page of paginateDescribeLoadBalancers({ client, pageSize: 400 }, {})) {
        for (const lb of page.LoadBalancerDescriptions ?? []) {
          if (!lb.LoadBalancerName) continue;
          out.push({
            name: lb.LoadBalancerName,
            arn: `arn:${partition}:elasticloadbalancing:${region}:${account}:loadbalancer/${lb.LoadBalancerName}`,
            scheme: lb.Scheme ?? 'internet-facing',
            listeners: (lb.ListenerDescriptions ?? []).flatMap((d) =>
              d.Listener?.Protocol
                ? [
                    {
                      protocol: d.Listener.Protocol.toUpperCase(),
                      port: d.Listener.LoadBalancerPort ?? 0,
                      policyNames: d.PolicyNames ?? [],
                    },
                  ]
                : [],
            ),
          });
        }
      }
    });
    return out.sort((a, b) => a.name.localeCompare(b.name));
  },
};

type Sdk = typeof import('@aws-sdk/client-elastic-load-balancing');
type SdkClient = InstanceType<Sdk['ElasticLoadBalancingClient']>;

/** Attributes and policies have no account-wide read: one call per load balancer. */
function perLoadBalancer<T>(
  key: InventoryKey<PerResource<T>>,
  spec: ApiSpec,
  fetch: (sdk: Sdk, client: SdkClient, name: string, ctx: AwsCollectContext) => Promise<Fetched<T>>,
): AwsCollector<PerResource<T>> {
  return {
    key,
    service: 'elb',
    apis: [spec],
    dependsOn: [ELB_LOAD_BALANCERS],
    async collect(ctx, region) {
      const sdk = await import('@aws-sdk/client-elastic-load-balancing');
      const client = await ctx.client(ELB, region);
      const lbs = await ctx.need(ELB_LOAD_BALANCERS, region);
      return perResource(
        lbs,
        (lb) => lb.name,
        (lb) => fetch(sdk, client, lb.name, ctx),
      );
    },
  };
}

const attributes = perLoadBalancer<ClassicAttributes>(ELB_ATTRIBUTES, DESCRIBE_ATTRIBUTES, async (sdk, client, name, ctx) => {
  const res = await ctx.attempt(DESCRIBE_ATTRIBUTES, () =>
    client.send(new sdk.DescribeLoadBalancerAttributesCommand({ LoadBalancerName: name })),
  );
  if (!res.ok) return res;
  const a = res.value?.LoadBalancerAttributes ?? {};
  const desync = (a.AdditionalAttributes ?? []).find((x) => x.Key === 'elb.http.desyncmitigationmode')?.Value;
  return ok({
    accessLog: a.AccessLog?.Enabled === true,
    ...(a.AccessLog?.S3BucketName ? { accessLogBucket: a.AccessLog.S3BucketName } : {}),
    crossZone: a.CrossZoneLoadBalancing?.Enabled === true,
    connectionDraining: a.ConnectionDraining?.Enabled === true,
    ...(desync ? { desyncMode: desync } : {}),
  });
});

const policies = perLoadBalancer<ClassicPolicy[]>(ELB_POLICIES, DESCRIBE_POLICIES, async (sdk, client, name, ctx) => {
  const res = await ctx.attempt(DESCRIBE_POLICIES, () =>
    client.send(new sdk.DescribeLoadBalancerPoliciesCommand({ LoadBalancerName: name })),
  );
  if (!res.ok) return res;
  return ok(
    (res.value?.PolicyDescriptions ?? []).map((p) => ({
      name: p.PolicyName ?? '',
      type: p.PolicyTypeName ?? '',
      enabled: (p.PolicyAttributeDescriptions ?? []).flatMap((x) =>
        x.AttributeName && x.AttributeValue === 'true' ? [x.AttributeName] : [],
      ),
    })),
  );
});

export const elbCollectors: readonly AwsCollector<unknown>[] = [loadBalancers, attributes, policies] as readonly AwsCollector<unknown>[];
