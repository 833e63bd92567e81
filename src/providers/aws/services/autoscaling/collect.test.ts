import { AutoScalingClient, DescribeAutoScalingGroupsCommand, DescribeLaunchConfigurationsCommand } from '@aws-sdk/client-auto-scaling';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { awsError, collect, fakeService, throttledThen } from '../../../../../test/support/aws.js';
import { AUTOSCALING_GROUPS, AUTOSCALING_LAUNCH_CONFIGURATIONS } from './state.js';

let as = mockClient(AutoScalingClient);
afterEach(() => as.reset());

const R = 'us-east-1';
const result = (inv: Awaited<ReturnType<typeof collect>>['inventory'], id: string) => inv[id]![R]!.result;
const base = { MinSize: 1, MaxSize: 2, DesiredCapacity: 1, DefaultCooldown: 300, CreatedTime: new Date(0), HealthCheckType: 'EC2' };
const TG = 'arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/web/1';

describe('aws.autoscaling.groups', () => {
  it('follows pages and records how each group launches, its zones, health checks and load balancers', async () => {
    as.on(DescribeAutoScalingGroupsCommand)
      .resolvesOnce({
        AutoScalingGroups: [
          {
            ...base,
            AutoScalingGroupName: 'web',
            AutoScalingGroupARN: 'arn:web',
            AvailabilityZones: ['us-east-1b', 'us-east-1a'],
            HealthCheckType: 'EC2,ELB',
            TargetGroupARNs: [TG],
            // Traffic sources repeat the target group and may add a VPC Lattice service, which ELB checks do not cover.
            TrafficSources: [
              { Identifier: TG, Type: 'elbv2' },
              { Identifier: 'arn:lattice', Type: 'vpc-lattice' },
            ],
            LaunchTemplate: { LaunchTemplateId: 'lt-1' },
          },
        ],
        NextToken: 't',
      })
      .resolvesOnce({
        AutoScalingGroups: [
          {
            ...base,
            AutoScalingGroupName: 'old',
            AvailabilityZones: ['us-east-1a'],
            LaunchConfigurationName: 'lc',
            LoadBalancerNames: ['clb'],
          },
          {
            ...base,
            AutoScalingGroupName: 'mixed',
            AutoScalingGroupARN: 'arn:mixed',
            AvailabilityZones: [],
            MixedInstancesPolicy: { LaunchTemplate: { LaunchTemplateSpecification: { LaunchTemplateName: 'x' } } },
          },
        ],
      });
    const { inventory } = await collect([AUTOSCALING_GROUPS]);
    expect(as.commandCalls(DescribeAutoScalingGroupsCommand)[1]!.args[0].input).toMatchObject({ NextToken: 't' });
    expect(result(inventory, AUTOSCALING_GROUPS.id)).toEqual({
      ok: true,
      value: [
        {
          arn: 'arn:mixed',
          name: 'mixed',
          availabilityZones: [],
          healthCheckTypes: ['EC2'],
          loadBalancers: [],
          launchSource: 'mixed-instances-policy',
        },
        {
          arn: 'arn:aws:autoscaling:us-east-1:111122223333:autoScalingGroup:*:autoScalingGroupName/old',
          name: 'old',
          availabilityZones: ['us-east-1a'],
          healthCheckTypes: ['EC2'],
          loadBalancers: ['clb'],
          launchSource: 'launch-configuration',
          launchConfigurationName: 'lc',
        },
        {
          arn: 'arn:web',
          name: 'web',
          availabilityZones: ['us-east-1a', 'us-east-1b'],
          healthCheckTypes: ['EC2', 'ELB'],
          loadBalancers: [TG],
          launchSource: 'launch-template',
        },
      ],
    });
  });

  it('records AccessDenied as denied', async () => {
    as.on(DescribeAutoScalingGroupsCommand).rejects(awsError('AccessDenied', 403));
    const { inventory } = await collect([AUTOSCALING_GROUPS]);
    expect(result(inventory, AUTOSCALING_GROUPS.id)).toMatchObject({
      ok: false,
      error: { kind: 'denied', api: 'autoscaling:DescribeAutoScalingGroups' },
    });
  });
});

describe('aws.autoscaling.launchConfigurations', () => {
  it('follows pages and keeps the metadata and public IP settings as set, never the user data', async () => {
    as.on(DescribeLaunchConfigurationsCommand)
      .resolvesOnce({
        LaunchConfigurations: [
          {
            LaunchConfigurationName: 'b',
            LaunchConfigurationARN: 'arn:b',
            ImageId: 'ami-1',
            InstanceType: 't3.micro',
            CreatedTime: new Date(0),
            UserData: 'c2VjcmV0LXBhc3N3b3Jk',
            AssociatePublicIpAddress: true,
            MetadataOptions: { HttpTokens: 'optional', HttpEndpoint: 'enabled' },
          },
        ],
        NextToken: 't',
      })
      .resolvesOnce({
        LaunchConfigurations: [
          {
            LaunchConfigurationName: 'a',
            LaunchConfigurationARN: 'arn:a',
            ImageId: 'ami-1',
            InstanceType: 't3.micro',
            CreatedTime: new Date(0),
          },
        ],
      });
    const { inventory } = await collect([AUTOSCALING_LAUNCH_CONFIGURATIONS]);
    expect(as.commandCalls(DescribeLaunchConfigurationsCommand)[1]!.args[0].input).toMatchObject({ NextToken: 't' });
    expect(result(inventory, AUTOSCALING_LAUNCH_CONFIGURATIONS.id)).toEqual({
      ok: true,
      value: [
        { arn: 'arn:a', name: 'a' },
        { arn: 'arn:b', name: 'b', httpTokens: 'optional', httpEndpoint: 'enabled', associatePublicIp: true },
      ],
    });
    expect(JSON.stringify(inventory)).not.toContain('c2VjcmV0');
  });

  it('lets the SDK retry throttling, then succeeds', async () => {
    as.restore();
    try {
      const list = throttledThen({ LaunchConfigurations: [] }, 2, 'Throttling');
      const { inventory, stats } = await collect([AUTOSCALING_LAUNCH_CONFIGURATIONS], {
        client: { configure: fakeService({ DescribeLaunchConfigurations: list }) },
      });
      expect(result(inventory, AUTOSCALING_LAUNCH_CONFIGURATIONS.id)).toEqual({ ok: true, value: [] });
      expect(stats.toJSON()['autoscaling:DescribeLaunchConfigurations']).toMatchObject({ calls: 1, attempts: 3, throttles: 2 });
    } finally {
      as = mockClient(AutoScalingClient);
    }
  });
});
