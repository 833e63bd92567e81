/**
 * The demo estate's EC2 Auto Scaling in eu-west-1: a `web` group on a launch template across two
 * zones with ELB health checks, and an old `batch-workers` group in one zone on a launch
 * configuration that allows IMDSv1 and hands out public addresses, behind a target group it ignores.
 */
import { DEMO_ACCOUNT } from '../../../../../demo/aws/clock.js';
import type { FakeHandlers } from '../../simulator.js';

const REGION = 'eu-west-1';
const GROUP_ARN = (id: string, name: string) =>
  `arn:aws:autoscaling:${REGION}:${DEMO_ACCOUNT}:autoScalingGroup:5f1c2d3e-0000-4000-8000-00000000000${id}:autoScalingGroupName/${name}`;
const CREATED = new Date('2024-06-01T09:00:00.000Z');

const GROUPS = [
  {
    AutoScalingGroupName: 'web',
    AutoScalingGroupARN: GROUP_ARN('1', 'web'),
    LaunchTemplate: { LaunchTemplateId: 'lt-0web000000000001', Version: '$Default' },
    MinSize: 2,
    MaxSize: 6,
    DesiredCapacity: 2,
    DefaultCooldown: 300,
    AvailabilityZones: [`${REGION}a`, `${REGION}b`],
    TargetGroupARNs: [`arn:aws:elasticloadbalancing:${REGION}:${DEMO_ACCOUNT}:targetgroup/web/6d0ecf831eec9f09`],
    HealthCheckType: 'ELB',
    HealthCheckGracePeriod: 300,
    CreatedTime: CREATED,
  },
  {
    AutoScalingGroupName: 'batch-workers',
    AutoScalingGroupARN: GROUP_ARN('2', 'batch-workers'),
    LaunchConfigurationName: 'batch-workers-2019',
    MinSize: 1,
    MaxSize: 4,
    DesiredCapacity: 1,
    DefaultCooldown: 300,
    AvailabilityZones: [`${REGION}a`],
    TargetGroupARNs: [`arn:aws:elasticloadbalancing:${REGION}:${DEMO_ACCOUNT}:targetgroup/batch-status/0a1b2c3d4e5f6a7b`],
    HealthCheckType: 'EC2',
    CreatedTime: CREATED,
  },
];

const LAUNCH_CONFIGURATIONS = [
  {
    LaunchConfigurationName: 'batch-workers-2019',
    LaunchConfigurationARN: `arn:aws:autoscaling:${REGION}:${DEMO_ACCOUNT}:launchConfiguration:0c7e1f2a-0000-4000-8000-000000000001:launchConfigurationName/batch-workers-2019`,
    ImageId: 'ami-0golden000000001',
    InstanceType: 't3.large',
    AssociatePublicIpAddress: true,
    MetadataOptions: { HttpTokens: 'optional', HttpEndpoint: 'enabled' },
    CreatedTime: CREATED,
  },
  {
    LaunchConfigurationName: 'reports-2021',
    LaunchConfigurationARN: `arn:aws:autoscaling:${REGION}:${DEMO_ACCOUNT}:launchConfiguration:0c7e1f2a-0000-4000-8000-000000000002:launchConfigurationName/reports-2021`,
    ImageId: 'ami-0golden000000001',
    InstanceType: 't3.medium',
    AssociatePublicIpAddress: false,
    MetadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled' },
    CreatedTime: CREATED,
  },
];

export const demo: Partial<Record<string, FakeHandlers>> = {
  autoscaling: {
    DescribeAutoScalingGroups: (_input, region) => ({ AutoScalingGroups: region === REGION ? GROUPS : [] }),
    DescribeLaunchConfigurations: (_input, region) => ({ LaunchConfigurations: region === REGION ? LAUNCH_CONFIGURATIONS : [] }),
  },
};
