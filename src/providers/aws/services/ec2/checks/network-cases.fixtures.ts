/** Builders for the EC2 reachability tables: interfaces, prefix lists and network ACLs. */
import { ACCOUNT } from '../../../../../../test/support/snapshot.js';
import type { NetworkAcl, NetworkAclEntry, NetworkInterface } from '../state.js';

export const eni = (id: string, ...groupIds: string[]): NetworkInterface => ({ id, status: 'in-use', groupIds, kind: 'interface' });

export const entry = (e: Partial<NetworkAclEntry> & Pick<NetworkAclEntry, 'ruleNumber' | 'action'>): NetworkAclEntry => ({
  protocol: '-1',
  egress: false,
  cidr: '0.0.0.0/0',
  ...e,
});

export const DEFAULT_DENY = entry({ ruleNumber: 32767, action: 'deny' });

export function acl(id: string, entries: NetworkAclEntry[], over: Partial<NetworkAcl> = {}): NetworkAcl {
  return {
    id,
    arn: `arn:aws:ec2:us-east-1:${ACCOUNT}:network-acl/${id}`,
    vpcId: 'vpc-1',
    isDefault: false,
    subnetIds: ['subnet-1'],
    entries,
    ...over,
  };
}
