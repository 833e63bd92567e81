import type { IpPermission } from '@aws-sdk/client-ec2';
import { api, perResource } from '../../../../inventory/collector.js';
import { Interner, own } from '../../../../inventory/compact.js';
import type { PerResource } from '../../../../model/keys.js';
import type { AwsCollector } from '../../context.js';
import { required } from '../../errors.js';
import {
  type EbsEncryptionByDefault,
  type EbsVolume,
  EC2_EBS_ENCRYPTION_BY_DEFAULT,
  EC2_FLOW_LOGS,
  EC2_NETWORK_ACLS,
  EC2_NETWORK_INTERFACES,
  EC2_PREFIX_LIST_ENTRIES,
  EC2_SECURITY_GROUPS,
  EC2_VOLUMES,
  EC2_VPCS,
  type FlowLog,
  type NetworkAcl,
  type NetworkInterface,
  type SecurityGroup,
  type SecurityGroupRule,
  type Vpc,
} from './state.js';

const DESCRIBE_SECURITY_GROUPS = api('ec2:DescribeSecurityGroups');
const GET_EBS_DEFAULT = api('ec2:GetEbsEncryptionByDefault');
const DESCRIBE_VOLUMES = api('ec2:DescribeVolumes');
const DESCRIBE_VPCS = api('ec2:DescribeVpcs');
const DESCRIBE_FLOW_LOGS = api('ec2:DescribeFlowLogs');

/** EC2 accepts protocol numbers as well as names; checks compare names. */
const PROTOCOL_NAMES: Record<string, string> = { '6': 'tcp', '17': 'udp', '1': 'icmp', '58': 'icmpv6' };

/** A rule in the checks' shape; with an `Interner`, one shared copy of each distinct rule. */
export function normaliseRule(p: IpPermission, account: string, intern?: Interner): SecurityGroupRule {
  const raw = (p.IpProtocol ?? '-1').toLowerCase();
  const protocol = PROTOCOL_NAMES[raw] ?? raw;
  const rule: SecurityGroupRule = {
    protocol,
    // Ports mean nothing for "all traffic"; EC2 omits them there, and so do we.
    ...(protocol !== '-1' && p.FromPort !== undefined ? { fromPort: p.FromPort } : {}),
    ...(protocol !== '-1' && p.ToPort !== undefined ? { toPort: p.ToPort } : {}),
    ipv4Ranges: (p.IpRanges ?? []).flatMap((r) => (r.CidrIp ? [r.CidrIp] : [])),
    ipv6Ranges: (p.Ipv6Ranges ?? []).flatMap((r) => (r.CidrIpv6 ? [r.CidrIpv6] : [])),
    prefixListIds: (p.PrefixListIds ?? []).flatMap((r) => (r.PrefixListId ? [r.PrefixListId] : [])),
    referencedGroups: (p.UserIdGroupPairs ?? []).flatMap((g) =>
      g.GroupId ? [g.UserId && g.UserId !== account ? `${g.UserId}/${g.GroupId}` : g.GroupId] : [],
    ),
  };
  return intern ? intern.value(rule) : rule;
}

const securityGroups: AwsCollector<SecurityGroup[]> = {
  key: EC2_SECURITY_GROUPS,
  service: 'ec2',
  apis: [DESCRIBE_SECURITY_GROUPS],
  async collect(ctx, region) {
    const { paginateDescribeSecurityGroups } = await import('@aws-sdk/client-ec2');
    const client = await ctx.client('ec2', region);
    const { id: account, partition } = ctx.account;
    const out: SecurityGroup[] = [];
    // Ids and ARNs copied out of each page, names, VPCs and whole rules shared (see `Interner`).
    const intern = new Interner();
    await ctx.call(DESCRIBE_SECURITY_GROUPS, async () => {
      for await (const page of paginateDescribeSecurityGroups({ client }, { MaxResults: 1000 })) {
        for (const g of page.SecurityGroups ?? []) {
          if (!g.GroupId) continue;
          out.push({
            id: own(g.GroupId),
            arn: own(g.SecurityGroupArn ?? `arn:${partition}:ec2:${region}:${g.OwnerId ?? account}:security-group/${g.GroupId}`),
            name: intern.str(g.GroupName ?? g.GroupId),
            ...(g.VpcId ? { vpcId: intern.str(g.VpcId) } : {}),
            // Every VPC gets one group named `default`; the name is reserved, so it identifies it.
            isDefault: g.GroupName === 'default',
            ingress: (g.IpPermissions ?? []).map((p) => normaliseRule(p, account, intern)),
            egress: (g.IpPermissionsEgress ?? []).map((p) => normaliseRule(p, account, intern)),
          });
        }
      }
    });
    return out.sort((a, b) => a.id.localeCompare(b.id));
  },
};

const ebsEncryptionByDefault: AwsCollector<EbsEncryptionByDefault> = {
  key: EC2_EBS_ENCRYPTION_BY_DEFAULT,
  service: 'ec2',
  apis: [GET_EBS_DEFAULT],
  async collect(ctx, region) {
    const { GetEbsEncryptionByDefaultCommand } = await import('@aws-sdk/client-ec2');
    const client = await ctx.client('ec2', region);
    const out = await ctx.call(GET_EBS_DEFAULT, () => client.send(new GetEbsEncryptionByDefaultCommand({})));
    // An answer without the flag is not "off": refuse to guess.
    return { enabled: required(out.EbsEncryptionByDefault, 'GetEbsEncryptionByDefault', 'EbsEncryptionByDefault') };
  },
};

const volumes: AwsCollector<EbsVolume[]> = {
  key: EC2_VOLUMES,
  service: 'ec2',
  apis: [DESCRIBE_VOLUMES],
  async collect(ctx, region) {
    const { paginateDescribeVolumes } = await import('@aws-sdk/client-ec2');
    const client = await ctx.client('ec2', region);
    const { id: account, partition } = ctx.account;
    const out: EbsVolume[] = [];
    await ctx.call(DESCRIBE_VOLUMES, async () => {
      // DescribeVolumes caps a page at 500.
      for await (const page of paginateDescribeVolumes({ client }, { MaxResults: 500 })) {
        for (const v of page.Volumes ?? []) {
          if (!v.VolumeId) continue;
          out.push({
            id: v.VolumeId,
            arn: v.VolumeArn ?? `arn:${partition}:ec2:${region}:${account}:volume/${v.VolumeId}`,
            // Inside ctx.call, so a volume without the flag fails the key as DescribeVolumes' error.
            encrypted: required(v.Encrypted, 'DescribeVolumes', `Encrypted for ${v.VolumeId}`),
            ...(v.KmsKeyId ? { kmsKeyId: v.KmsKeyId } : {}),
            state: v.State ?? 'unknown',
            attachedInstanceIds: (v.Attachments ?? []).flatMap((a) => (a.InstanceId ? [a.InstanceId] : [])),
          });
        }
      }
    });
    return out.sort((a, b) => a.id.localeCompare(b.id));
  },
};

const vpcs: AwsCollector<Vpc[]> = {
  key: EC2_VPCS,
  service: 'ec2',
  apis: [DESCRIBE_VPCS],
  async collect(ctx, region) {
    const { paginateDescribeVpcs } = await import('@aws-sdk/client-ec2');
    const client = await ctx.client('ec2', region);
    const { id: account, partition } = ctx.account;
    const out: Vpc[] = [];
    await ctx.call(DESCRIBE_VPCS, async () => {
      for await (const page of paginateDescribeVpcs({ client }, { MaxResults: 1000 })) {
        for (const v of page.Vpcs ?? []) {
          if (!v.VpcId) continue;
          out.push({
            id: v.VpcId,
            arn: `arn:${partition}:ec2:${region}:${v.OwnerId ?? account}:vpc/${v.VpcId}`,
            isDefault: v.IsDefault === true,
            ...(v.CidrBlock ? { cidr: v.CidrBlock } : {}),
            ...(v.OwnerId ? { ownerId: v.OwnerId } : {}),
          });
        }
      }
    });
    return out.sort((a, b) => a.id.localeCompare(b.id));
  },
};

const flowLogs: AwsCollector<FlowLog[]> = {
  key: EC2_FLOW_LOGS,
  service: 'ec2',
  apis: [DESCRIBE_FLOW_LOGS],
  async collect(ctx, region) {
    const { paginateDescribeFlowLogs } = await import('@aws-sdk/client-ec2');
    const client = await ctx.client('ec2', region);
    const out: FlowLog[] = [];
    await ctx.call(DESCRIBE_FLOW_LOGS, async () => {
      for await (const page of paginateDescribeFlowLogs({ client }, { MaxResults: 1000 })) {
        for (const f of page.FlowLogs ?? []) {
          if (!f.FlowLogId || !f.ResourceId) continue;
          out.push({
            id: f.FlowLogId,
            resourceId: f.ResourceId,
            status: f.FlowLogStatus ?? 'UNKNOWN',
            ...(f.TrafficType ? { trafficType: f.TrafficType } : {}),
            ...(f.LogDestinationType ? { destinationType: f.LogDestinationType } : {}),
            ...(f.DeliverLogsStatus ? { deliverLogsStatus: f.DeliverLogsStatus } : {}),
          });
        }
      }
    });
    return out.sort((a, b) => a.id.localeCompare(b.id));
  },
};

const DESCRIBE_NETWORK_ACLS = api('ec2:DescribeNetworkAcls');
const DESCRIBE_NETWORK_INTERFACES = api('ec2:DescribeNetworkInterfaces');
const GET_PREFIX_LIST_ENTRIES = api('ec2:GetManagedPrefixListEntries');

const networkAcls: AwsCollector<NetworkAcl[]> = {
  key: EC2_NETWORK_ACLS,
  service: 'ec2',
  apis: [DESCRIBE_NETWORK_ACLS],
  async collect(ctx, region) {
    const { paginateDescribeNetworkAcls } = await import('@aws-sdk/client-ec2');
    const client = await ctx.client('ec2', region);
    const { id: account, partition } = ctx.account;
    const out: NetworkAcl[] = [];
    await ctx.call(DESCRIBE_NETWORK_ACLS, async () => {
      for await (const page of paginateDescribeNetworkAcls({ client }, { MaxResults: 1000 })) {
        for (const n of page.NetworkAcls ?? []) {
          if (!n.NetworkAclId) continue;
          out.push({
            id: n.NetworkAclId,
            arn: `arn:${partition}:ec2:${region}:${n.OwnerId ?? account}:network-acl/${n.NetworkAclId}`,
            ...(n.VpcId ? { vpcId: n.VpcId } : {}),
            isDefault: n.IsDefault === true,
            subnetIds: (n.Associations ?? []).flatMap((a) => (a.SubnetId ? [a.SubnetId] : [])).sort(),
            entries: (n.Entries ?? []).map((e) => ({
              ruleNumber: e.RuleNumber ?? 32767,
              protocol: PROTOCOL_NAMES[(e.Protocol ?? '-1').toLowerCase()] ?? (e.Protocol ?? '-1').toLowerCase(),
              action: e.RuleAction === 'allow' ? ('allow' as const) : ('deny' as const),
              egress: e.Egress === true,
              ...(e.CidrBlock ? { cidr: e.CidrBlock } : {}),
              ...(e.Ipv6CidrBlock ? { ipv6Cidr: e.Ipv6CidrBlock } : {}),
              ...(e.PortRange?.From !== undefined ? { fromPort: e.PortRange.From } : {}),
              ...(e.PortRange?.To !== undefined ? { toPort: e.PortRange.To } : {}),
            })),
          });
        }
      }
    });
    return out.sort((a, b) => a.id.localeCompare(b.id));
  },
};

const networkInterfaces: AwsCollector<NetworkInterface[]> = {
  key: EC2_NETWORK_INTERFACES,
  service: 'ec2',
  apis: [DESCRIBE_NETWORK_INTERFACES],
  async collect(ctx, region) {
    const { paginateDescribeNetworkInterfaces } = await import('@aws-sdk/client-ec2');
    const client = await ctx.client('ec2', region);
    const out: NetworkInterface[] = [];
    await ctx.call(DESCRIBE_NETWORK_INTERFACES, async () => {
      for await (const page of paginateDescribeNetworkInterfaces({ client }, { MaxResults: 1000 })) {
        for (const n of page.NetworkInterfaces ?? []) {
          if (!n.NetworkInterfaceId) continue;
          out.push({
            id: n.NetworkInterfaceId,
            status: n.Status ?? 'unknown',
            groupIds: (n.Groups ?? []).flatMap((g) => (g.GroupId ? [g.GroupId] : [])).sort(),
            kind: n.InterfaceType ?? n.RequesterId ?? 'interface',
          });
        }
      }
    });
    return out.sort((a, b) => a.id.localeCompare(b.id));
  },
};

/** The entries of every managed prefix list a security group rule names, read once each. */
const prefixListEntries: AwsCollector<PerResource<string[]>> = {
  key: EC2_PREFIX_LIST_ENTRIES,
  service: 'ec2',
  apis: [GET_PREFIX_LIST_ENTRIES],
  dependsOn: [EC2_SECURITY_GROUPS],
  async collect(ctx, region) {
    const { paginateGetManagedPrefixListEntries } = await import('@aws-sdk/client-ec2');
    const client = await ctx.client('ec2', region);
    const groups = await ctx.need(EC2_SECURITY_GROUPS, region);
    const ids = [...new Set(groups.flatMap((g) => [...g.ingress, ...g.egress].flatMap((r) => r.prefixListIds)))].sort();
    return perResource(
      ids,
      (id) => id,
      async (id) => {
        const got = await ctx.attempt(GET_PREFIX_LIST_ENTRIES, async () => {
          const cidrs: string[] = [];
          for await (const page of paginateGetManagedPrefixListEntries({ client }, { PrefixListId: id, MaxResults: 100 })) {
            for (const e of page.Entries ?? []) if (e.Cidr) cidrs.push(e.Cidr);
          }
          return cidrs;
        });
        return got.ok ? { ok: true as const, value: got.value ?? [] } : got;
      },
    );
  },
};

export const ec2Collectors: readonly AwsCollector<unknown>[] = [
  ebsEncryptionByDefault,
  flowLogs,
  networkAcls,
  networkInterfaces,
  prefixListEntries,
  securityGroups,
  volumes,
  vpcs,
] as readonly AwsCollector<unknown>[];
