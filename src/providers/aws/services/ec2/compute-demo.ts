/** The demo estate's EC2 compute: a hardened app server and an old, public, IMDSv1 jump host; one public snapshot and AMI. */
import { DEMO_ACCOUNT } from '../../../../../demo/aws/clock.js';
import type { FakeHandlers } from '../../simulator.js';

const REGION = 'eu-west-1';

export const demoEc2Compute: FakeHandlers = {
  DescribeInstances: (_input, region) => ({
    Reservations:
      region === REGION
        ? [
            {
              Instances: [
                {
                  InstanceId: 'i-0app0000000000001',
                  State: { Name: 'running' },
                  MetadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled' },
                  IamInstanceProfile: { Arn: `arn:aws:iam::${DEMO_ACCOUNT}:instance-profile/app-server` },
                },
                {
                  InstanceId: 'i-0jump000000000002',
                  State: { Name: 'running' },
                  MetadataOptions: { HttpTokens: 'optional', HttpEndpoint: 'enabled' },
                  PublicIpAddress: '198.51.100.24',
                },
              ],
            },
          ]
        : [],
  }),
  DescribeSnapshots: (input, region) => {
    if (region !== REGION) return { Snapshots: [] };
    const open = (input.RestorableByUserIds as string[] | undefined)?.includes('all');
    return {
      Snapshots: open
        ? [{ SnapshotId: 'snap-0public00000001' }]
        : [{ SnapshotId: 'snap-0private0000001' }, { SnapshotId: 'snap-0public00000001' }],
    };
  },
  DescribeImages: (_input, region) => ({
    Images:
      region === REGION
        ? [
            { ImageId: 'ami-0golden000000001', Public: false },
            { ImageId: 'ami-0shared000000002', Public: true },
          ]
        : [],
  }),
};
