import type { Check } from '../../../../../model/check.js';
import { all, fail, notApplicable, pass, readFetched } from '../../../../check-kit.js';
import { EC2_INSTANCES } from '../../ec2/compute-state.js';
import { eachRegional } from '../../resource-kit.js';
import { SSM_MANAGED_NODES } from '../state.js';

const TYPE = 'AWS::EC2::Instance';

export const ssmInstanceManaged: Check = {
  meta: {
    id: 'aws.ssm.instance-managed',
    title: 'Running EC2 instances are managed by Systems Manager',
    provider: 'aws',
    service: 'ssm',
    resourceType: TYPE,
    severity: 'medium',
    requires: [EC2_INSTANCES, SSM_MANAGED_NODES],
    rationale:
      'A managed node (SSM Agent registered and reachable) can be inventoried, patched and reached through Session Manager without ' +
      'open SSH or RDP ports. One finding per running instance: passes when DescribeInstanceInformation lists it with ping status ' +
      'Online; fails when it is not registered, or registered but ConnectionLost/Inactive. Stopped instances are not applicable.',
    remediation: {
      text: 'Install or start the SSM Agent, attach an instance profile with AmazonSSMManagedInstanceCore (or enable Default Host Management), and give the instance a route to the SSM endpoints.',
      console: 'Systems Manager → Fleet Manager; or Quick Setup → Default Host Management Configuration',
      cli: 'aws ssm describe-instance-information --filters Key=InstanceIds,Values=<id>',
    },
  },
  evaluate(ctx) {
    return eachRegional(ctx, EC2_INSTANCES, TYPE, (i, resource, region) => {
      if (i.state !== 'running') return notApplicable(resource, 'not-running', `Instance ${i.name} is ${i.state}.`);
      const got = all(resource, [readFetched(ctx, SSM_MANAGED_NODES, region)]);
      if (!got.ok) return got.finding;
      const node = got.values[0].find((n) => n.id === i.name);
      if (!node) return fail(resource, 'not-managed', `Instance ${i.name} is not registered with Systems Manager.`, { managed: false });
      return node.pingStatus === 'Online'
        ? pass(resource, 'managed', `Instance ${i.name} is a managed node and online.`, { pingStatus: node.pingStatus })
        : fail(resource, 'agent-unreachable', `Instance ${i.name} is registered but its agent is ${node.pingStatus}.`, {
            pingStatus: node.pingStatus,
          });
    });
  },
};
