import { DescribeImagesCommand, DescribeInstancesCommand, DescribeSnapshotsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { awsError, collect, fakeService, throttledThen } from '../../../../../test/support/aws.js';
import { EC2_IMAGES, EC2_INSTANCES, EC2_SNAPSHOTS } from './compute-state.js';

let ec2 = mockClient(EC2Client);
afterEach(() => ec2.reset());

const R = 'us-east-1';
const result = (inv: Awaited<ReturnType<typeof collect>>['inventory'], id: string) => inv[id]![R]!.result;

describe('aws.ec2 compute collectors', () => {
  it('follows instance pages, skips terminated instances, and finds public snapshots with two bulk listings', async () => {
    ec2
      .on(DescribeInstancesCommand)
      .resolvesOnce({
        Reservations: [{ Instances: [{ InstanceId: 'i-2', State: { Name: 'running' }, PublicIpAddress: '203.0.113.1' }] }],
        NextToken: 't',
      })
      .resolvesOnce({
        Reservations: [
          {
            Instances: [
              {
                InstanceId: 'i-1',
                State: { Name: 'stopped' },
                MetadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled' },
                IamInstanceProfile: { Arn: 'arn:p' },
              },
              { InstanceId: 'i-3', State: { Name: 'terminated' } },
            ],
          },
        ],
      });
    // The narrower match is set last so it wins for the call that carries RestorableByUserIds.
    ec2.on(DescribeSnapshotsCommand, { OwnerIds: ['self'] }).resolves({ Snapshots: [{ SnapshotId: 'snap-b' }, { SnapshotId: 'snap-a' }] });
    ec2
      .on(DescribeSnapshotsCommand, { OwnerIds: ['self'], RestorableByUserIds: ['all'] })
      .resolves({ Snapshots: [{ SnapshotId: 'snap-b' }] });
    ec2.on(DescribeImagesCommand).resolves({ Images: [{ ImageId: 'ami-1', Public: true }] });
    const { inventory } = await collect([EC2_INSTANCES, EC2_SNAPSHOTS, EC2_IMAGES]);
    expect(ec2.commandCalls(DescribeInstancesCommand)[1]!.args[0].input).toMatchObject({ NextToken: 't' });
    expect(result(inventory, EC2_INSTANCES.id)).toMatchObject({
      ok: true,
      value: [
        { name: 'i-1', state: 'stopped', httpTokens: 'required', instanceProfileArn: 'arn:p' },
        { name: 'i-2', httpTokens: 'optional', publicIp: '203.0.113.1' },
      ],
    });
    expect(result(inventory, EC2_SNAPSHOTS.id)).toMatchObject({
      ok: true,
      value: [
        { name: 'snap-a', public: false },
        { name: 'snap-b', public: true },
      ],
    });
    expect(result(inventory, EC2_IMAGES.id)).toMatchObject({ ok: true, value: [{ name: 'ami-1', public: true }] });
    expect(ec2.commandCalls(DescribeImagesCommand)[0]!.args[0].input).toMatchObject({ Owners: ['self'] });
  });

  it('records UnauthorizedOperation as denied', async () => {
    ec2.on(DescribeInstancesCommand).rejects(awsError('UnauthorizedOperation', 403));
    const { inventory } = await collect([EC2_INSTANCES]);
    expect(result(inventory, EC2_INSTANCES.id)).toMatchObject({ ok: false, error: { kind: 'denied', api: 'ec2:DescribeInstances' } });
  });

  it('lets the SDK retry throttling, then succeeds', async () => {
    ec2.restore();
    try {
      const list = throttledThen({ Images: [] }, 2, 'RequestLimitExceeded');
      const { inventory, stats } = await collect([EC2_IMAGES], { client: { configure: fakeService({ DescribeImages: list }) } });
      expect(result(inventory, EC2_IMAGES.id)).toEqual({ ok: true, value: [] });
      expect(stats.toJSON()['ec2:DescribeImages']).toMatchObject({ calls: 1, attempts: 3, throttles: 2 });
    } finally {
      ec2 = mockClient(EC2Client);
    }
  });
});
