/** EC2 Auto Scaling inventory shapes and keys. No SDK imports: checks depend on this file. */
import { inventoryKey } from '../../../../model/keys.js';
import type { Named } from '../each-resource.js';

/** Where a group takes its instance settings from. */
export type LaunchSource = 'launch-template' | 'mixed-instances-policy' | 'launch-configuration' | 'none';

/** `DescribeAutoScalingGroups`, reduced to what the checks read. */
export interface AutoScalingGroup extends Named {
  /** The Availability Zones the group launches instances into. */
  availabilityZones: readonly string[];
  /** The health check types, split from the comma-separated `HealthCheckType` (`EC2`, `ELB`, `EBS`, `VPC_LATTICE`). */
  healthCheckTypes: readonly string[];
  /** Classic Load Balancer names, target group ARNs and ELB traffic sources attached to the group, without repeats. */
  loadBalancers: readonly string[];
  launchSource: LaunchSource;
  /** The launch configuration's name, when the group uses one. */
  launchConfigurationName?: string;
}

/** `DescribeLaunchConfigurations`, reduced (user data, key pair and block devices are not kept). */
export interface LaunchConfiguration extends Named {
  /** `MetadataOptions.HttpTokens` as set on the configuration; absent when the configuration leaves it unset. */
  httpTokens?: string;
  /** `MetadataOptions.HttpEndpoint` as set; absent when unset (the endpoint is then on). */
  httpEndpoint?: string;
  /** `AssociatePublicIpAddress` as set; absent when unset (the subnet's own setting then decides). */
  associatePublicIp?: boolean;
}

export const AUTOSCALING_GROUPS = inventoryKey<readonly AutoScalingGroup[]>('aws.autoscaling.groups', 'regional');
export const AUTOSCALING_LAUNCH_CONFIGURATIONS = inventoryKey<readonly LaunchConfiguration[]>(
  'aws.autoscaling.launchConfigurations',
  'regional',
);
