import { DEMO_ACCOUNT, demoDaysAgo } from '../../../../../demo/aws/clock.js';
import type { ServiceId } from '../../clients.js';
import { awsError, type FakeHandlers } from '../../simulator.js';

/**
 * Demo network and storage.
 * - us-east-1: default VPC plus `prod`; restricted default groups; `web` open on 443 only and
 *   `ops-bastion` open on 22 to the world; EBS encryption by default on; flow logs on both VPCs.
 *   DescribeSecurityGroups answers in two pages.
 * - eu-west-1: default VPC plus `analytics`; default groups still carry AWS's default rules;
 *   `win-jump` open on 3389 to ::/0; EBS default encryption off and one unencrypted volume;
 *   no flow logs.
 * - ap-southeast-2: default VPC only; DescribeFlowLogs always throttles, so the flow-log check
 *   shows an error there while everything else reads.
 */
type Region = 'us-east-1' | 'eu-west-1' | 'ap-southeast-2';

const ANYWHERE_V4 = [{ CidrIp: '0.0.0.0/0' }];
const ALL_OUT = [{ IpProtocol: '-1', IpRanges: ANYWHERE_V4, Ipv6Ranges: [], PrefixListIds: [], UserIdGroupPairs: [] }];

interface DemoVpc {
  id: string;
  cidr: string;
  isDefault: boolean;
  name?: string;
}

const VPCS: Record<Region, DemoVpc[]> = {
  'us-east-1': [
    { id: 'vpc-0a1b2c3d4e5f60001', cidr: '172.31.0.0/16', isDefault: true },
    { id: 'vpc-0a1b2c3d4e5f60002', cidr: '10.10.0.0/16', isDefault: false, name: 'prod' },
  ],
  'eu-west-1': [
    { id: 'vpc-0e1e2e3e4e5e60001', cidr: '172.31.0.0/16', isDefault: true },
    { id: 'vpc-0e1e2e3e4e5e60002', cidr: '10.20.0.0/16', isDefault: false, name: 'analytics' },
  ],
  'ap-southeast-2': [{ id: 'vpc-0a2a3a4a5a6a60001', cidr: '172.31.0.0/16', isDefault: true }],
};

function sg(region: Region, id: string, name: string, vpcId: string, description: string, ingress: object[], egress: object[] = ALL_OUT) {
  return {
    GroupId: id,
    GroupName: name,
    Description: description,
    VpcId: vpcId,
    OwnerId: DEMO_ACCOUNT,
    SecurityGroupArn: `arn:aws:ec2:${region}:${DEMO_ACCOUNT}:security-group/${id}`,
    IpPermissions: ingress,
    IpPermissionsEgress: egress,
    Tags: [],
  };
}

/** The rules AWS gives a new default group: all traffic from its own members, all traffic out. */
const awsDefaultRules = (groupId: string) => [
  { IpProtocol: '-1', IpRanges: [], Ipv6Ranges: [], PrefixListIds: [], UserIdGroupPairs: [{ GroupId: groupId, UserId: DEMO_ACCOUNT }] },
];

const tcp = (port: number, ranges: { v4?: string[]; v6?: string[] }) => ({
  IpProtocol: 'tcp',
  FromPort: port,
  ToPort: port,
  IpRanges: (ranges.v4 ?? []).map((CidrIp) => ({ CidrIp })),
  Ipv6Ranges: (ranges.v6 ?? []).map((CidrIpv6) => ({ CidrIpv6 })),
  PrefixListIds: [],
  UserIdGroupPairs: [],
});

const PARTNER_LIST = 'pl-0a1b2c3d4e5f00001';

const [US_DEFAULT, US_PROD] = VPCS['us-east-1'].map((v) => v.id) as [string, string];
const [EU_DEFAULT, EU_ANALYTICS] = VPCS['eu-west-1'].map((v) => v.id) as [string, string];
const AP_DEFAULT = VPCS['ap-southeast-2'][0]!.id;

const SECURITY_GROUPS: Record<Region, object[][]> = {
  // Two pages, as an account with many groups would get.
  'us-east-1': [
    [
      sg('us-east-1', 'sg-0a1b2c3d4e5f00001', 'default', US_DEFAULT, 'default VPC security group', [], []),
      sg('us-east-1', 'sg-0a1b2c3d4e5f00002', 'default', US_PROD, 'default VPC security group', [], []),
    ],
    [
      sg('us-east-1', 'sg-0a1b2c3d4e5f00003', 'web', US_PROD, 'Public HTTPS', [tcp(443, { v4: ['0.0.0.0/0'], v6: ['::/0'] })]),
      sg('us-east-1', 'sg-0a1b2c3d4e5f00004', 'ops-bastion', US_PROD, 'SSH bastion', [tcp(22, { v4: ['0.0.0.0/0'] })]),
      // SSH from a partner prefix list whose two halves add up to the whole internet.
      sg('us-east-1', 'sg-0a1b2c3d4e5f00005', 'partner-sftp', US_PROD, 'Partner SFTP', [
        { ...tcp(22, {}), PrefixListIds: [{ PrefixListId: PARTNER_LIST }] },
      ]),
    ],
  ],
  'eu-west-1': [
    [
      sg('eu-west-1', 'sg-0e1e2e3e4e5e00001', 'default', EU_DEFAULT, 'default VPC security group', awsDefaultRules('sg-0e1e2e3e4e5e00001')),
      sg(
        'eu-west-1',
        'sg-0e1e2e3e4e5e00002',
        'default',
        EU_ANALYTICS,
        'default VPC security group',
        awsDefaultRules('sg-0e1e2e3e4e5e00002'),
      ),
      sg('eu-west-1', 'sg-0e1e2e3e4e5e00003', 'win-jump', EU_ANALYTICS, 'Windows jump host', [tcp(3389, { v6: ['::/0'] })]),
    ],
  ],
  'ap-southeast-2': [[sg('ap-southeast-2', 'sg-0a2a3a4a5a6a00001', 'default', AP_DEFAULT, 'default VPC security group', [], [])]],
};

const PREFIX_LISTS: Record<string, string[]> = { [PARTNER_LIST]: ['0.0.0.0/1', '128.0.0.0/1'] };

/** Interfaces in use, with their groups: the EU jump host's group is attached to nothing. */
const INTERFACES: Record<Region, { id: string; groups: string[]; type: string }[]> = {
  'us-east-1': [
    { id: 'eni-0a1b2c3d4e5f00001', groups: ['sg-0a1b2c3d4e5f00003'], type: 'network_load_balancer' },
    { id: 'eni-0a1b2c3d4e5f00002', groups: ['sg-0a1b2c3d4e5f00004'], type: 'interface' },
    { id: 'eni-0a1b2c3d4e5f00003', groups: ['sg-0a1b2c3d4e5f00005', 'sg-0a1b2c3d4e5f00002'], type: 'interface' },
  ],
  'eu-west-1': [{ id: 'eni-0e1e2e3e4e5e00001', groups: ['sg-0e1e2e3e4e5e00002'], type: 'interface' }],
  'ap-southeast-2': [],
};

const naclEntry = (RuleNumber: number, RuleAction: 'allow' | 'deny', Protocol: string, port?: number) => ({
  RuleNumber,
  RuleAction,
  Protocol,
  Egress: false,
  CidrBlock: '0.0.0.0/0',
  ...(port === undefined ? {} : { PortRange: { From: port, To: port } }),
});
const ALLOW_ALL = [naclEntry(100, 'allow', '-1'), naclEntry(32767, 'deny', '-1')];
/** Administration ports denied from anywhere before everything else is allowed. */
const ADMIN_CLOSED = [
  naclEntry(10, 'deny', '6', 22),
  naclEntry(11, 'deny', '6', 3389),
  naclEntry(12, 'deny', '17', 3389),
  naclEntry(13, 'deny', '6', 445),
  ...ALLOW_ALL,
];

function nacls(region: Region) {
  return (VPCS[region] ?? []).map((v, i) => ({
    NetworkAclId: `acl-${v.id.slice(4)}`,
    VpcId: v.id,
    OwnerId: DEMO_ACCOUNT,
    // The default VPCs keep AWS's allow-all ACL; the workload VPCs close administration ports.
    IsDefault: v.isDefault,
    Associations: [{ NetworkAclAssociationId: `aclassoc-${i}`, NetworkAclId: `acl-${v.id.slice(4)}`, SubnetId: `subnet-${v.id.slice(4)}` }],
    Entries: v.isDefault ? ALLOW_ALL : ADMIN_CLOSED,
  }));
}

const kmsKey = (region: Region, id: string) => `arn:aws:kms:${region}:${DEMO_ACCOUNT}:key/${id}`;

function volume(region: Region, id: string, az: string, sizeGiB: number, ageDays: number, instanceId: string | null, keyId: string | null) {
  return {
    VolumeId: id,
    Size: sizeGiB,
    AvailabilityZone: az,
    State: instanceId ? 'in-use' : 'available',
    CreateTime: demoDaysAgo(ageDays),
    Attachments: instanceId
      ? [
          {
            VolumeId: id,
            InstanceId: instanceId,
            Device: '/dev/xvda',
            State: 'attached',
            AttachTime: demoDaysAgo(ageDays),
            DeleteOnTermination: true,
          },
        ]
      : [],
    Encrypted: keyId !== null,
    ...(keyId ? { KmsKeyId: kmsKey(region, keyId) } : {}),
    VolumeType: 'gp3',
    Iops: 3000,
    Throughput: 125,
    MultiAttachEnabled: false,
    Tags: [],
  };
}

const VOLUMES: Record<Region, object[]> = {
  'us-east-1': [
    volume('us-east-1', 'vol-0a1b2c3d4e5f00001', 'us-east-1a', 8, 120, 'i-0a1b2c3d4e5f00001', '5e6f7a8b-2222-4444-8888-0000000000e1'),
    volume('us-east-1', 'vol-0a1b2c3d4e5f00002', 'us-east-1b', 100, 60, 'i-0a1b2c3d4e5f00002', '5e6f7a8b-2222-4444-8888-0000000000e1'),
  ],
  'eu-west-1': [
    volume('eu-west-1', 'vol-0e1e2e3e4e5e00001', 'eu-west-1a', 30, 300, 'i-0e1e2e3e4e5e00001', '6f7a8b9c-3333-4444-8888-0000000000e2'),
    volume('eu-west-1', 'vol-0e1e2e3e4e5e00002', 'eu-west-1b', 500, 900, null, null),
  ],
  'ap-southeast-2': [
    volume(
      'ap-southeast-2',
      'vol-0a2a3a4a5a6a00001',
      'ap-southeast-2a',
      20,
      45,
      'i-0a2a3a4a5a6a00001',
      '7a8b9c0d-4444-4444-8888-0000000000e3',
    ),
  ],
};

const FLOW_LOGS: Record<Region, object[]> = {
  'us-east-1': VPCS['us-east-1'].map((v, i) => ({
    CreationTime: demoDaysAgo(400),
    DeliverLogsStatus: 'SUCCESS',
    FlowLogId: `fl-0a1b2c3d4e5f0000${i + 1}`,
    FlowLogStatus: 'ACTIVE',
    ResourceId: v.id,
    TrafficType: 'ALL',
    LogDestinationType: 's3',
    LogDestination: 'arn:aws:s3:::acme-access-logs/vpc-flow-logs/',
    MaxAggregationInterval: 600,
    Tags: [],
  })),
  'eu-west-1': [],
  'ap-southeast-2': [],
};

const regionOf = (r: string): Region => r as Region;

export const demoEc2: Partial<Record<ServiceId, FakeHandlers>> = {
  ec2: {
    DescribeSecurityGroups: (input, region) => {
      const pages = SECURITY_GROUPS[regionOf(region)] ?? [[]];
      const index = typeof input.NextToken === 'string' ? Number(input.NextToken.replace('page-', '')) : 0;
      const next = index + 1 < pages.length ? { NextToken: `page-${index + 1}` } : {};
      return { SecurityGroups: pages[index] ?? [], ...next };
    },
    GetEbsEncryptionByDefault: (_input, region) => ({ EbsEncryptionByDefault: region === 'us-east-1', SseType: 'sse-ebs' }),
    DescribeVolumes: (_input, region) => ({ Volumes: VOLUMES[regionOf(region)] ?? [] }),
    DescribeVpcs: (_input, region) => ({
      Vpcs: (VPCS[regionOf(region)] ?? []).map((v) => ({
        VpcId: v.id,
        OwnerId: DEMO_ACCOUNT,
        InstanceTenancy: 'default',
        CidrBlock: v.cidr,
        CidrBlockAssociationSet: [
          { AssociationId: `vpc-cidr-assoc-${v.id.slice(4)}`, CidrBlock: v.cidr, CidrBlockState: { State: 'associated' } },
        ],
        IsDefault: v.isDefault,
        State: 'available',
        DhcpOptionsId: 'dopt-0a1b2c3d',
        Tags: v.name ? [{ Key: 'Name', Value: v.name }] : [],
      })),
    }),
    DescribeNetworkAcls: (_input, region) => ({ NetworkAcls: nacls(regionOf(region)) }),
    DescribeNetworkInterfaces: (_input, region) => ({
      NetworkInterfaces: (INTERFACES[regionOf(region)] ?? []).map((n) => ({
        NetworkInterfaceId: n.id,
        Status: 'in-use',
        InterfaceType: n.type,
        Groups: n.groups.map((GroupId) => ({ GroupId })),
      })),
    }),
    GetManagedPrefixListEntries: (input) => ({ Entries: (PREFIX_LISTS[String(input.PrefixListId)] ?? []).map((Cidr) => ({ Cidr })) }),
    DescribeFlowLogs: (_input, region) => {
      // A busy region whose EC2 API budget is exhausted: every attempt is throttled.
      if (region === 'ap-southeast-2') throw awsError('ThrottlingException', 400, 'Rate exceeded');
      return { FlowLogs: FLOW_LOGS[regionOf(region)] ?? [] };
    },
  },
};
