import type { AutoScalingGroup as SdkGroup } from '@aws-sdk/client-auto-scaling';
import { api } from '../../../../inventory/collector.js';
import { awsClient } from '../../clients.js';
import type { AwsCollector } from '../../context.js';
import {
  AUTOSCALING_GROUPS,
  AUTOSCALING_LAUNCH_CONFIGURATIONS,
  type AutoScalingGroup,
  type LaunchConfiguration,
  type LaunchSource,
} from './state.js';

const AUTOSCALING = awsClient('autoscaling', 'autoscaling', async () => (await import('@aws-sdk/client-auto-scaling')).AutoScalingClient);

const DESCRIBE_GROUPS = api('autoscaling:DescribeAutoScalingGroups');
const DESCRIBE_LAUNCH_CONFIGURATIONS = api('autoscaling:DescribeLaunchConfigurations');

function launchSource(g: SdkGroup): LaunchSource {
  if (g.LaunchTemplate) return 'launch-template';
  if (g.MixedInstancesPolicy?.LaunchTemplate?.LaunchTemplateSpecification) return 'mixed-instances-policy';
  if (g.LaunchConfigurationName) return 'launch-configuration';
  return 'none';
}

/** Load balancers reach a group three ways; traffic sources also cover the other two, hence the set. */
function loadBalancers(g: SdkGroup): string[] {
  const ids = new Set<string>([...(g.LoadBalancerNames ?? []), ...(g.TargetGroupARNs ?? [])]);
  for (const t of g.TrafficSources ?? []) {
    // VPC Lattice services are judged by their own health check type, not ELB's.
    if (t.Identifier && t.Type !== 'vpc-lattice') ids.add(t.Identifier);
  }
  return [...ids].sort();
}

const groups: AwsCollector<readonly AutoScalingGroup[]> = {
  key: AUTOSCALING_GROUPS,
  service: 'autoscaling',
  apis: [DESCRIBE_GROUPS],
  async collect(ctx, region) {
    const { paginateDescribeAutoScalingGroups } = await import('@aws-sdk/client-auto-scaling');
    const client = await ctx.client(AUTOSCALING, region);
    const out: AutoScalingGroup[] = [];
    await ctx.call(DESCRIBE_GROUPS, async () => {
      for await (const page of paginateDescribeAutoScalingGroups({ client, pageSize: 100 }, {})) {
        for (const g of page.AutoScalingGroups ?? []) {
          if (!g.AutoScalingGroupName) continue;
          out.push({
            arn:
              g.AutoScalingGroupARN ??
              `arn:${ctx.account.partition}:autoscaling:${region}:${ctx.account.id}:autoScalingGroup:*:autoScalingGroupName/${g.AutoScalingGroupName}`,
            name: g.AutoScalingGroupName,
            availabilityZones: [...(g.AvailabilityZones ?? [])].sort(),
            healthCheckTypes: (g.HealthCheckType ?? 'EC2').split(',').map((t) => t.trim().toUpperCase()),
            loadBalancers: loadBalancers(g),
            launchSource: launchSource(g),
            ...(g.LaunchConfigurationName ? { launchConfigurationName: g.LaunchConfigurationName } : {}),
          });
        }
      }
    });
    return out.sort((a, b) => a.name.localeCompare(b.name));
  },
};

const launchConfigurations: AwsCollector<readonly LaunchConfiguration[]> = {
  key: AUTOSCALING_LAUNCH_CONFIGURATIONS,
  service: 'autoscaling',
  apis: [DESCRIBE_LAUNCH_CONFIGURATIONS],
  async collect(ctx, region) {
    const { paginateDescribeLaunchConfigurations } = await import('@aws-sdk/client-auto-scaling');
    const client = await ctx.client(AUTOSCALING, region);
    const out: LaunchConfiguration[] = [];
    await ctx.call(DESCRIBE_LAUNCH_CONFIGURATIONS, async () => {
      for await (const page of paginateDescribeLaunchConfigurations({ client, pageSize: 100 }, {})) {
        for (const c of page.LaunchConfigurations ?? []) {
          if (!c.LaunchConfigurationName) continue;
          const m = c.MetadataOptions;
          out.push({
            arn:
              c.LaunchConfigurationARN ??
              `arn:${ctx.account.partition}:autoscaling:${region}:${ctx.account.id}:launchConfiguration:*:launchConfigurationName/${c.LaunchConfigurationName}`,
            name: c.LaunchConfigurationName,
            // Unset stays unset: what the instances then get depends on the AMI and account defaults.
            ...(m?.HttpTokens ? { httpTokens: m.HttpTokens } : {}),
            ...(m?.HttpEndpoint ? { httpEndpoint: m.HttpEndpoint } : {}),
            ...(c.AssociatePublicIpAddress !== undefined ? { associatePublicIp: c.AssociatePublicIpAddress } : {}),
          });
        }
      }
    });
    return out.sort((a, b) => a.name.localeCompare(b.name));
  },
};

export const autoscalingCollectors: readonly AwsCollector<unknown>[] = [groups, launchConfigurations] as readonly AwsCollector<unknown>[];
