import type { Check } from '../../../../../model/check.js';
import { fail, pass } from '../../../../check-kit.js';
import { eachRegional } from '../../resource-kit.js';
import { EC2_INSTANCES } from '../compute-state.js';

const TYPE = 'AWS::EC2::Instance';

export const ec2InstanceNoPublicIp: Check = {
  meta: {
    id: 'aws.ec2.instance-no-public-ip',
    title: 'EC2 instances have no public IPv4 address',
    provider: 'aws',
    service: 'ec2',
    resourceType: TYPE,
    severity: 'medium',
    requires: [EC2_INSTANCES],
    rationale:
      'An instance with a public IPv4 address is directly addressable from the internet, and only its security groups and host ' +
      'configuration stand between it and every scanner. Fails when the instance has a public IPv4 address (auto-assigned or ' +
      'Elastic IP); passes otherwise. Instances that must be public (bastions, NAT instances) are expected exceptions to record as such.',
    remediation: {
      text: 'Move the instance to a private subnet behind a load balancer, NAT gateway or Systems Manager Session Manager, and release its public address.',
      console: 'EC2 → Instances → instance → Networking; VPC → Subnets → Edit subnet settings → Auto-assign public IPv4',
      cli: 'aws ec2 modify-subnet-attribute --subnet-id <subnet> --no-map-public-ip-on-launch',
    },
  },
  evaluate(ctx) {
    return eachRegional(ctx, EC2_INSTANCES, TYPE, (i, resource) =>
      i.publicIp
        ? fail(resource, 'public-ip', `Instance ${i.name} has the public address ${i.publicIp}.`, { publicIp: i.publicIp })
        : pass(resource, 'private', `Instance ${i.name} has no public IPv4 address.`, { publicIp: null }),
    );
  },
};
