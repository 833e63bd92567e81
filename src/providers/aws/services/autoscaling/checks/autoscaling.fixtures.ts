import { ACCT, R } from '../../cases.fixtures.js';
import type { AutoScalingGroup, LaunchConfiguration } from '../state.js';

export const group = (over: Partial<AutoScalingGroup> = {}): AutoScalingGroup => ({
  arn: `arn:aws:autoscaling:${R}:${ACCT}:autoScalingGroup:0000:autoScalingGroupName/web`,
  name: 'web',
  availabilityZones: [`${R}a`, `${R}b`],
  healthCheckTypes: ['ELB'],
  loadBalancers: [`arn:aws:elasticloadbalancing:${R}:${ACCT}:targetgroup/web/0123456789abcdef`],
  launchSource: 'launch-template',
  ...over,
});

export const launchConfig = (over: Partial<LaunchConfiguration> = {}): LaunchConfiguration => ({
  arn: `arn:aws:autoscaling:${R}:${ACCT}:launchConfiguration:0000:launchConfigurationName/legacy`,
  name: 'legacy',
  httpTokens: 'required',
  httpEndpoint: 'enabled',
  associatePublicIp: false,
  ...over,
});
