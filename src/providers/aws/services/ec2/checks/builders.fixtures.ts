/** Small builders for EC2 check cases. */

import { ACCOUNT } from '../../../../../../test/support/snapshot.js';
import type { EbsVolume, FlowLog, SecurityGroup, SecurityGroupRule, Vpc } from '../state.js';

export function rule(protocol: string, ports: [number, number] | null, sources: string[] = ['0.0.0.0/0']): SecurityGroupRule {
  return {
    protocol,
    ...(ports ? { fromPort: ports[0], toPort: ports[1] } : {}),
    ipv4Ranges: sources.filter((s) => !s.includes(':') && !s.startsWith('sg-') && !s.startsWith('pl-')),
    ipv6Ranges: sources.filter((s) => s.includes(':')),
    prefixListIds: sources.filter((s) => s.startsWith('pl-')),
    referencedGroups: sources.filter((s) => s.startsWith('sg-')),
  };
}

export function group(id: string, ingress: SecurityGroupRule[], over: Partial<SecurityGroup> = {}, region = 'us-east-1'): SecurityGroup {
  return {
    id,
    arn: `arn:aws:ec2:${region}:${ACCOUNT}:security-group/${id}`,
    name: id,
    vpcId: 'vpc-1',
    isDefault: false,
    ingress,
    egress: [rule('-1', null)],
    ...over,
  };
}

export function volume(id: string, encrypted: boolean, region = 'us-east-1'): EbsVolume {
  return { id, arn: `arn:aws:ec2:${region}:${ACCOUNT}:volume/${id}`, encrypted, state: 'in-use', attachedInstanceIds: ['i-1'] };
}

export function vpc(id: string, over: Partial<Vpc> = {}, region = 'us-east-1'): Vpc {
  return { id, arn: `arn:aws:ec2:${region}:${ACCOUNT}:vpc/${id}`, isDefault: false, cidr: '10.0.0.0/16', ownerId: ACCOUNT, ...over };
}

export function flowLog(resourceId: string, trafficType = 'ALL', status = 'ACTIVE'): FlowLog {
  return { id: `fl-${resourceId}-${trafficType}`, resourceId, status, trafficType, destinationType: 's3' };
}
