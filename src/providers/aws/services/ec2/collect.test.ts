import {
  DescribeFlowLogsCommand,
  DescribeNetworkAclsCommand,
  DescribeNetworkInterfacesCommand,
  DescribeSecurityGroupsCommand,
  DescribeVolumesCommand,
  DescribeVpcsCommand,
  EC2Client,
  GetEbsEncryptionByDefaultCommand,
  GetManagedPrefixListEntriesCommand,
} from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { awsError, collect, fakeService, throttledThen } from '../../../../../test/support/aws.js';
import { ACCOUNT } from '../../../../../test/support/snapshot.js';
import { ec2DefaultSecurityGroupRestricted } from './checks/aws.ec2.default-security-group-restricted.js';
import { ec2SecurityGroupNoAdminPortsOpen } from './checks/aws.ec2.security-group-no-admin-ports-open.js';
import { ec2VpcFlowLogsEnabled } from './checks/aws.ec2.vpc-flow-logs-enabled.js';
import {
  EC2_EBS_ENCRYPTION_BY_DEFAULT,
  EC2_FLOW_LOGS,
  EC2_NETWORK_ACLS,
  EC2_NETWORK_INTERFACES,
  EC2_PREFIX_LIST_ENTRIES,
  EC2_SECURITY_GROUPS,
  EC2_VOLUMES,
  EC2_VPCS,
} from './state.js';

const ec2 = mockClient(EC2Client);
afterEach(() => ec2.reset());

const result = (inventory: Awaited<ReturnType<typeof collect>>['inventory'], key: string, region = 'us-east-1') =>
  inventory[key]![region]!.result;

describe('aws.ec2.securityGroups', () => {
  it('follows pages and normalises rules', async () => {
    ec2
      .on(DescribeSecurityGroupsCommand)
      .resolvesOnce({
        SecurityGroups: [
          {
            GroupId: 'sg-2',
            GroupName: 'bastion',
            VpcId: 'vpc-1',
            OwnerId: ACCOUNT,
            IpPermissions: [
              { IpProtocol: '6', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }], Ipv6Ranges: [{ CidrIpv6: '::/0' }] },
              {
                IpProtocol: 'tcp',
                FromPort: 443,
                ToPort: 443,
                PrefixListIds: [{ PrefixListId: 'pl-1' }],
                UserIdGroupPairs: [
                  { GroupId: 'sg-9', UserId: ACCOUNT },
                  { GroupId: 'sg-8', UserId: '999999999999' },
                ],
              },
            ],
            IpPermissionsEgress: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }],
          },
        ],
        NextToken: 't1',
      })
      .resolvesOnce({
        SecurityGroups: [
          {
            GroupId: 'sg-1',
            GroupName: 'default',
            VpcId: 'vpc-1',
            SecurityGroupArn: 'arn:aws:ec2:us-east-1:111122223333:security-group/sg-1',
          },
        ],
      });
    const { inventory } = await collect([EC2_SECURITY_GROUPS]);
    expect(ec2.commandCalls(DescribeSecurityGroupsCommand)).toHaveLength(2);
    expect(ec2.commandCalls(DescribeSecurityGroupsCommand)[1]!.args[0].input).toMatchObject({ NextToken: 't1' });
    expect(result(inventory, 'aws.ec2.securityGroups')).toEqual({
      ok: true,
      value: [
        {
          id: 'sg-1',
          arn: 'arn:aws:ec2:us-east-1:111122223333:security-group/sg-1',
          name: 'default',
          vpcId: 'vpc-1',
          isDefault: true,
          ingress: [],
          egress: [],
        },
        {
          id: 'sg-2',
          arn: `arn:aws:ec2:us-east-1:${ACCOUNT}:security-group/sg-2`,
          name: 'bastion',
          vpcId: 'vpc-1',
          isDefault: false,
          ingress: [
            {
              protocol: 'tcp',
              fromPort: 22,
              toPort: 22,
              ipv4Ranges: ['0.0.0.0/0'],
              ipv6Ranges: ['::/0'],
              prefixListIds: [],
              referencedGroups: [],
            },
            {
              protocol: 'tcp',
              fromPort: 443,
              toPort: 443,
              ipv4Ranges: [],
              ipv6Ranges: [],
              prefixListIds: ['pl-1'],
              referencedGroups: ['sg-9', '999999999999/sg-8'],
            },
          ],
          egress: [{ protocol: '-1', ipv4Ranges: ['0.0.0.0/0'], ipv6Ranges: [], prefixListIds: [], referencedGroups: [] }],
        },
      ],
    });
  });

  it('classifies UnauthorizedOperation as denied with the IAM action', async () => {
    ec2.on(DescribeSecurityGroupsCommand).rejects(awsError('UnauthorizedOperation', 403));
    const { inventory } = await collect([EC2_SECURITY_GROUPS]);
    expect(result(inventory, 'aws.ec2.securityGroups')).toMatchObject({
      ok: false,
      error: { kind: 'denied', api: 'ec2:DescribeSecurityGroups', action: 'ec2:DescribeSecurityGroups', code: 'UnauthorizedOperation' },
    });
  });

  it('sends DescribeSecurityGroups once per region however many checks need it', async () => {
    ec2.on(DescribeSecurityGroupsCommand).resolves({ SecurityGroups: [{ GroupId: 'sg-1', GroupName: 'default' }] });
    await collect([ec2SecurityGroupNoAdminPortsOpen, ec2DefaultSecurityGroupRestricted], { regions: ['eu-west-1', 'us-east-1'] });
    expect(ec2.commandCalls(DescribeSecurityGroupsCommand)).toHaveLength(2);
  });

  it('lets the SDK retry RequestLimitExceeded, then succeeds', async () => {
    ec2.restore();
    try {
      const h = throttledThen({ SecurityGroups: [{ GroupId: 'sg-1', GroupName: 'web' }] }, 2, 'RequestLimitExceeded');
      const { inventory, stats } = await collect([EC2_SECURITY_GROUPS], {
        client: { configure: fakeService({ DescribeSecurityGroups: h }) },
      });
      expect(result(inventory, 'aws.ec2.securityGroups')).toMatchObject({
        ok: true,
        value: [{ id: 'sg-1', name: 'web', isDefault: false }],
      });
      expect(h.calls).toBe(3);
      expect(stats.toJSON()['ec2:DescribeSecurityGroups']).toMatchObject({ calls: 1, attempts: 3, throttles: 2, errors: 0 });
    } finally {
      mockClient(EC2Client);
    }
  });
});

describe('aws.ec2.ebsEncryptionByDefault', () => {
  // GetEbsEncryptionByDefault returns one flag per region: no pagination.
  it('reads the flag per region, keeping a denial to its region', async () => {
    ec2.restore();
    try {
      const { inventory } = await collect([EC2_EBS_ENCRYPTION_BY_DEFAULT], {
        regions: ['eu-west-1', 'us-east-1'],
        client: {
          configure: fakeService({
            GetEbsEncryptionByDefault: (_i, region) => {
              if (region === 'eu-west-1') throw awsError('UnauthorizedOperation', 403);
              return { EbsEncryptionByDefault: true, SseType: 'sse-ebs' };
            },
          }),
        },
      });
      expect(result(inventory, 'aws.ec2.ebsEncryptionByDefault')).toEqual({ ok: true, value: { enabled: true } });
      expect(result(inventory, 'aws.ec2.ebsEncryptionByDefault', 'eu-west-1')).toMatchObject({
        ok: false,
        error: { kind: 'denied', api: 'ec2:GetEbsEncryptionByDefault', action: 'ec2:GetEbsEncryptionByDefault' },
      });
    } finally {
      mockClient(EC2Client);
    }
  });

  it('refuses to read a missing flag as "off"', async () => {
    ec2.on(GetEbsEncryptionByDefaultCommand).resolves({});
    const { inventory } = await collect([EC2_EBS_ENCRYPTION_BY_DEFAULT]);
    expect(result(inventory, 'aws.ec2.ebsEncryptionByDefault')).toMatchObject({
      ok: false,
      error: { kind: 'unknown', api: 'ec2:GetEbsEncryptionByDefault' },
    });
  });
});

describe('aws.ec2.volumes', () => {
  it('follows pages and keeps attachment and encryption facts', async () => {
    ec2
      .on(DescribeVolumesCommand)
      .resolvesOnce({ Volumes: [{ VolumeId: 'vol-2', Encrypted: false, State: 'available' }], NextToken: 'n' })
      .resolvesOnce({
        Volumes: [
          {
            VolumeId: 'vol-1',
            Encrypted: true,
            KmsKeyId: 'arn:aws:kms:us-east-1:1:key/k',
            State: 'in-use',
            Attachments: [{ InstanceId: 'i-1' }],
          },
        ],
      });
    const { inventory } = await collect([EC2_VOLUMES]);
    expect(ec2.commandCalls(DescribeVolumesCommand)[0]!.args[0].input).toMatchObject({ MaxResults: 500 });
    expect(result(inventory, 'aws.ec2.volumes')).toEqual({
      ok: true,
      value: [
        {
          id: 'vol-1',
          arn: `arn:aws:ec2:us-east-1:${ACCOUNT}:volume/vol-1`,
          encrypted: true,
          kmsKeyId: 'arn:aws:kms:us-east-1:1:key/k',
          state: 'in-use',
          attachedInstanceIds: ['i-1'],
        },
        {
          id: 'vol-2',
          arn: `arn:aws:ec2:us-east-1:${ACCOUNT}:volume/vol-2`,
          encrypted: false,
          state: 'available',
          attachedInstanceIds: [],
        },
      ],
    });
  });

  it('classifies a denial', async () => {
    ec2.on(DescribeVolumesCommand).rejects(awsError('UnauthorizedOperation', 403));
    const { inventory } = await collect([EC2_VOLUMES]);
    expect(result(inventory, 'aws.ec2.volumes')).toMatchObject({ ok: false, error: { kind: 'denied', action: 'ec2:DescribeVolumes' } });
  });

  it('refuses to read a volume without the Encrypted flag as unencrypted', async () => {
    ec2.on(DescribeVolumesCommand).resolves({ Volumes: [{ VolumeId: 'vol-1', State: 'in-use' }] });
    const { inventory } = await collect([EC2_VOLUMES]);
    expect(result(inventory, 'aws.ec2.volumes')).toMatchObject({
      ok: false,
      error: { kind: 'unknown', api: 'ec2:DescribeVolumes', code: 'MissingField', message: expect.stringContaining('vol-1') },
    });
  });
});

describe('aws.ec2.vpcs and aws.ec2.flowLogs', () => {
  it('follows pages of both', async () => {
    ec2
      .on(DescribeVpcsCommand)
      .resolvesOnce({ Vpcs: [{ VpcId: 'vpc-2', IsDefault: true, CidrBlock: '172.31.0.0/16', OwnerId: ACCOUNT }], NextToken: 'v' })
      .resolvesOnce({ Vpcs: [{ VpcId: 'vpc-1', CidrBlock: '10.0.0.0/16', OwnerId: '999999999999' }] });
    ec2
      .on(DescribeFlowLogsCommand)
      .resolvesOnce({
        FlowLogs: [
          {
            FlowLogId: 'fl-2',
            ResourceId: 'vpc-2',
            FlowLogStatus: 'ACTIVE',
            TrafficType: 'REJECT',
            LogDestinationType: 's3',
            DeliverLogsStatus: 'SUCCESS',
          },
        ],
        NextToken: 'f',
      })
      .resolvesOnce({
        FlowLogs: [
          {
            FlowLogId: 'fl-1',
            ResourceId: 'subnet-1',
            FlowLogStatus: 'ACTIVE',
            TrafficType: 'ALL',
            LogDestinationType: 'cloud-watch-logs',
          },
        ],
      });
    const { inventory } = await collect([ec2VpcFlowLogsEnabled]);
    expect(ec2.commandCalls(DescribeVpcsCommand)).toHaveLength(2);
    expect(ec2.commandCalls(DescribeFlowLogsCommand)[1]!.args[0].input).toMatchObject({ NextToken: 'f' });
    expect(result(inventory, 'aws.ec2.vpcs')).toEqual({
      ok: true,
      value: [
        {
          id: 'vpc-1',
          arn: 'arn:aws:ec2:us-east-1:999999999999:vpc/vpc-1',
          isDefault: false,
          cidr: '10.0.0.0/16',
          ownerId: '999999999999',
        },
        { id: 'vpc-2', arn: `arn:aws:ec2:us-east-1:${ACCOUNT}:vpc/vpc-2`, isDefault: true, cidr: '172.31.0.0/16', ownerId: ACCOUNT },
      ],
    });
    expect(result(inventory, 'aws.ec2.flowLogs')).toEqual({
      ok: true,
      value: [
        { id: 'fl-1', resourceId: 'subnet-1', status: 'ACTIVE', trafficType: 'ALL', destinationType: 'cloud-watch-logs' },
        { id: 'fl-2', resourceId: 'vpc-2', status: 'ACTIVE', trafficType: 'REJECT', destinationType: 's3', deliverLogsStatus: 'SUCCESS' },
      ],
    });
  });

  it('reports flow-log throttling that outlasts the retries as throttled, leaving VPCs readable', async () => {
    ec2.on(DescribeVpcsCommand).resolves({ Vpcs: [{ VpcId: 'vpc-1' }] });
    ec2.on(DescribeFlowLogsCommand).rejects(awsError('RequestLimitExceeded', 503));
    const { inventory } = await collect([EC2_VPCS, EC2_FLOW_LOGS]);
    expect(result(inventory, 'aws.ec2.vpcs')).toMatchObject({ ok: true });
    expect(result(inventory, 'aws.ec2.flowLogs')).toMatchObject({ ok: false, error: { kind: 'throttled', api: 'ec2:DescribeFlowLogs' } });
  });
});

describe('aws.ec2.networkAcls', () => {
  it('follows pages and keeps entries, subnets and ports', async () => {
    ec2
      .on(DescribeNetworkAclsCommand)
      .resolvesOnce({
        NetworkAcls: [
          {
            NetworkAclId: 'acl-1',
            VpcId: 'vpc-1',
            IsDefault: true,
            Associations: [{ SubnetId: 'subnet-1' }],
            Entries: [
              { RuleNumber: 10, Protocol: '6', RuleAction: 'deny', Egress: false, CidrBlock: '0.0.0.0/0', PortRange: { From: 22, To: 22 } },
              { RuleNumber: 32767, Protocol: '-1', RuleAction: 'deny', Egress: false, Ipv6CidrBlock: '::/0' },
            ],
          },
        ],
        NextToken: 't1',
      })
      .resolvesOnce({ NetworkAcls: [{ NetworkAclId: 'acl-0', VpcId: 'vpc-2' }] });
    const { inventory } = await collect([EC2_NETWORK_ACLS]);
    expect(result(inventory, 'aws.ec2.networkAcls')).toEqual({
      ok: true,
      value: [
        {
          id: 'acl-0',
          arn: `arn:aws:ec2:us-east-1:${ACCOUNT}:network-acl/acl-0`,
          vpcId: 'vpc-2',
          isDefault: false,
          subnetIds: [],
          entries: [],
        },
        {
          id: 'acl-1',
          arn: `arn:aws:ec2:us-east-1:${ACCOUNT}:network-acl/acl-1`,
          vpcId: 'vpc-1',
          isDefault: true,
          subnetIds: ['subnet-1'],
          entries: [
            { ruleNumber: 10, protocol: 'tcp', action: 'deny', egress: false, cidr: '0.0.0.0/0', fromPort: 22, toPort: 22 },
            { ruleNumber: 32767, protocol: '-1', action: 'deny', egress: false, ipv6Cidr: '::/0' },
          ],
        },
      ],
    });
    expect(ec2.commandCalls(DescribeNetworkAclsCommand)).toHaveLength(2);
  });

  it('AccessDenied is a denied error', async () => {
    ec2.on(DescribeNetworkAclsCommand).rejects(awsError('UnauthorizedOperation', 403));
    const { inventory } = await collect([EC2_NETWORK_ACLS]);
    expect(result(inventory, 'aws.ec2.networkAcls')).toMatchObject({
      ok: false,
      error: { kind: 'denied', api: 'ec2:DescribeNetworkAcls' },
    });
  });

  it('throttling is retried by the SDK', async () => {
    ec2.restore();
    try {
      const h = throttledThen({ NetworkAcls: [] }, 2, 'RequestLimitExceeded');
      const { inventory, stats } = await collect([EC2_NETWORK_ACLS], { client: { configure: fakeService({ DescribeNetworkAcls: h }) } });
      expect(result(inventory, 'aws.ec2.networkAcls')).toEqual({ ok: true, value: [] });
      expect(stats.toJSON()['ec2:DescribeNetworkAcls']).toMatchObject({ calls: 1, attempts: 3, throttles: 2 });
    } finally {
      ec2.reset();
    }
  });
});

describe('aws.ec2.networkInterfaces', () => {
  it('follows pages and keeps the groups of each interface', async () => {
    ec2
      .on(DescribeNetworkInterfacesCommand)
      .resolvesOnce({
        NetworkInterfaces: [
          { NetworkInterfaceId: 'eni-2', Status: 'in-use', InterfaceType: 'interface', Groups: [{ GroupId: 'sg-2' }, { GroupId: 'sg-1' }] },
        ],
        NextToken: 't',
      })
      .resolvesOnce({ NetworkInterfaces: [{ NetworkInterfaceId: 'eni-1', Status: 'available', RequesterId: 'amazon-elb' }] });
    const { inventory } = await collect([EC2_NETWORK_INTERFACES]);
    expect(result(inventory, 'aws.ec2.networkInterfaces')).toEqual({
      ok: true,
      value: [
        { id: 'eni-1', status: 'available', groupIds: [], kind: 'amazon-elb' },
        { id: 'eni-2', status: 'in-use', groupIds: ['sg-1', 'sg-2'], kind: 'interface' },
      ],
    });
  });

  it('AccessDenied is a denied error', async () => {
    ec2.on(DescribeNetworkInterfacesCommand).rejects(awsError('UnauthorizedOperation', 403));
    const { inventory } = await collect([EC2_NETWORK_INTERFACES]);
    expect(result(inventory, 'aws.ec2.networkInterfaces')).toMatchObject({ ok: false, error: { kind: 'denied' } });
  });
});

describe('aws.ec2.prefixListEntries', () => {
  it('reads each referenced prefix list once, across pages; a denied list stays on that list', async () => {
    ec2.on(DescribeSecurityGroupsCommand).resolves({
      SecurityGroups: [
        {
          GroupId: 'sg-1',
          IpPermissions: [
            { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, PrefixListIds: [{ PrefixListId: 'pl-1' }, { PrefixListId: 'pl-2' }] },
          ],
        },
        { GroupId: 'sg-2', IpPermissions: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, PrefixListIds: [{ PrefixListId: 'pl-1' }] }] },
      ],
    });
    ec2
      .on(GetManagedPrefixListEntriesCommand, { PrefixListId: 'pl-1' })
      .resolvesOnce({ Entries: [{ Cidr: '0.0.0.0/1' }], NextToken: 'n' })
      .resolvesOnce({ Entries: [{ Cidr: '128.0.0.0/1' }] });
    ec2.on(GetManagedPrefixListEntriesCommand, { PrefixListId: 'pl-2' }).rejects(awsError('UnauthorizedOperation', 403));
    const { inventory } = await collect([EC2_PREFIX_LIST_ENTRIES]);
    expect(result(inventory, 'aws.ec2.prefixListEntries')).toMatchObject({
      ok: true,
      value: { 'pl-1': { ok: true, value: ['0.0.0.0/1', '128.0.0.0/1'] }, 'pl-2': { ok: false, error: { kind: 'denied' } } },
    });
    expect(ec2.commandCalls(GetManagedPrefixListEntriesCommand)).toHaveLength(3);
  });
});
