/** EC2 and VPC inventory shapes and keys. No SDK imports here: checks depend on this file. */
import { inventoryKey, type PerResource } from '../../../../model/keys.js';

/** One security group rule (an `IpPermission`), with its sources or destinations flattened. */
export interface SecurityGroupRule {
  /** `tcp`, `udp`, `icmp`, `icmpv6`, `-1` (all traffic) or another IP protocol number. */
  protocol: string;
  /** Absent when the rule covers every port (protocol `-1`, or ICMP types not given). */
  fromPort?: number;
  toPort?: number;
  ipv4Ranges: string[];
  ipv6Ranges: string[];
  prefixListIds: string[];
  /** Referenced security groups, as `sg-…` or `account/sg-…` when in another account. */
  referencedGroups: string[];
}

export interface SecurityGroup {
  id: string;
  arn: string;
  name: string;
  vpcId?: string;
  /** The VPC's `default` group, which AWS creates and which cannot be deleted. */
  isDefault: boolean;
  ingress: SecurityGroupRule[];
  egress: SecurityGroupRule[];
}

export interface EbsEncryptionByDefault {
  enabled: boolean;
}

export interface EbsVolume {
  id: string;
  arn: string;
  encrypted: boolean;
  kmsKeyId?: string;
  /** `creating`, `available`, `in-use`, `deleting`, `deleted`, `error`. */
  state: string;
  attachedInstanceIds: string[];
}

export interface Vpc {
  id: string;
  arn: string;
  isDefault: boolean;
  /** The primary IPv4 CIDR. */
  cidr?: string;
  /** Differs from the scanned account for VPCs shared through AWS RAM. */
  ownerId?: string;
}

export interface FlowLog {
  id: string;
  /** The VPC, subnet or network interface the flow log watches. */
  resourceId: string;
  /** `ACTIVE` when the flow log is running. */
  status: string;
  /** `ACCEPT`, `REJECT` or `ALL`. */
  trafficType?: string;
  /** `cloud-watch-logs`, `s3` or `kinesis-data-firehose`. */
  destinationType?: string;
  /** `SUCCESS` or `FAILED`: whether the last delivery worked. */
  deliverLogsStatus?: string;
}

/** `DescribeSecurityGroups` (paginated). */
export const EC2_SECURITY_GROUPS = inventoryKey<SecurityGroup[]>('aws.ec2.securityGroups', 'regional');
/** `GetEbsEncryptionByDefault`: the region's account-level setting. */
export const EC2_EBS_ENCRYPTION_BY_DEFAULT = inventoryKey<EbsEncryptionByDefault>('aws.ec2.ebsEncryptionByDefault', 'regional');
/** `DescribeVolumes` (paginated). */
export const EC2_VOLUMES = inventoryKey<EbsVolume[]>('aws.ec2.volumes', 'regional');
/** `DescribeVpcs` (paginated). */
export const EC2_VPCS = inventoryKey<Vpc[]>('aws.ec2.vpcs', 'regional');
/** `DescribeFlowLogs` (paginated): every flow log in the region, whatever it is attached to. */
export const EC2_FLOW_LOGS = inventoryKey<FlowLog[]>('aws.ec2.flowLogs', 'regional');

/** One network ACL entry, as EC2 evaluates it (see network/nacl.ts). */
export interface NetworkAclEntry {
  ruleNumber: number;
  /** `tcp`/`6`, `udp`/`17`, `-1` for all, or another protocol number. */
  protocol: string;
  action: 'allow' | 'deny';
  egress: boolean;
  cidr?: string;
  ipv6Cidr?: string;
  fromPort?: number;
  toPort?: number;
}

export interface NetworkAcl {
  id: string;
  arn: string;
  vpcId?: string;
  isDefault: boolean;
  /** Subnets associated with the ACL; an ACL with none filters nothing. */
  subnetIds: string[];
  entries: NetworkAclEntry[];
}

/** A network interface, reduced to what exposure needs: which groups guard something real. */
export interface NetworkInterface {
  id: string;
  /** `in-use`, `available`, … */
  status: string;
  groupIds: string[];
  /** What the interface belongs to (`interface type` or the requester, e.g. an ELB), for messages. */
  kind: string;
}

/** `DescribeNetworkAcls` (paginated). */
export const EC2_NETWORK_ACLS = inventoryKey<NetworkAcl[]>('aws.ec2.networkAcls', 'regional');
/** `DescribeNetworkInterfaces` (paginated): every ENI in the region, with its security groups. */
export const EC2_NETWORK_INTERFACES = inventoryKey<NetworkInterface[]>('aws.ec2.networkInterfaces', 'regional');
/** Per managed prefix list id referenced by a security group: its CIDR entries (`GetManagedPrefixListEntries`, paginated). */
export const EC2_PREFIX_LIST_ENTRIES = inventoryKey<PerResource<string[]>>('aws.ec2.prefixListEntries', 'regional');
