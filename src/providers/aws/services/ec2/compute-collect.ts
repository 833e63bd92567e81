import { api } from '../../../../inventory/collector.js';
import type { AwsCollector } from '../../context.js';
import { EC2_IMAGES, EC2_INSTANCES, EC2_SNAPSHOTS, type Ec2Image, type Ec2Instance, type Ec2Snapshot } from './compute-state.js';

const DESCRIBE_INSTANCES = api('ec2:DescribeInstances');
const DESCRIBE_SNAPSHOTS = api('ec2:DescribeSnapshots');
const DESCRIBE_IMAGES = api('ec2:DescribeImages');

const arn = (partition: string, region: string, account: string, kind: string, id: string) =>
  `arn:${partition}:ec2:${region}:${account}:${kind}/${id}`;

const instances: AwsCollector<Ec2Instance[]> = {
  key: EC2_INSTANCES,
  service: 'ec2',
  apis: [DESCRIBE_INSTANCES],
  async collect(ctx, region) {
    const { paginateDescribeInstances } = await import('@aws-sdk/client-ec2');
    const client = await ctx.client('ec2', region);
    const out: Ec2Instance[] = [];
    await ctx.call(DESCRIBE_INSTANCES, async () => {
      for await (const page of paginateDescribeInstances({ client, pageSize: 1000 }, {})) {
        for (const r of page.Reservations ?? []) {
          for (const i of r.Instances ?? []) {
            if (!i.InstanceId || i.State?.Name === 'terminated') continue;
            out.push({
              name: i.InstanceId,
              arn: arn(ctx.account.partition, region, ctx.account.id, 'instance', i.InstanceId),
              state: i.State?.Name ?? 'unknown',
              httpTokens: i.MetadataOptions?.HttpTokens ?? 'optional',
              httpEndpoint: i.MetadataOptions?.HttpEndpoint ?? 'enabled',
              ...(i.PublicIpAddress ? { publicIp: i.PublicIpAddress } : {}),
              ...(i.IamInstanceProfile?.Arn ? { instanceProfileArn: i.IamInstanceProfile.Arn } : {}),
            });
          }
        }
      }
    });
    return out.sort((a, b) => a.name.localeCompare(b.name));
  },
};

const snapshots: AwsCollector<Ec2Snapshot[]> = {
  key: EC2_SNAPSHOTS,
  service: 'ec2',
  apis: [DESCRIBE_SNAPSHOTS],
  async collect(ctx, region) {
    const { paginateDescribeSnapshots } = await import('@aws-sdk/client-ec2');
    const client = await ctx.client('ec2', region);
    // Two bulk listings instead of DescribeSnapshotAttribute per snapshot: RestorableByUserIds=all
    // returns exactly the owned snapshots whose createVolumePermission includes the group all.
    const list = async (input: { OwnerIds: string[]; RestorableByUserIds?: string[] }) => {
      const ids: string[] = [];
      for await (const page of paginateDescribeSnapshots({ client, pageSize: 1000 }, input)) {
        for (const s of page.Snapshots ?? []) if (s.SnapshotId) ids.push(s.SnapshotId);
      }
      return ids;
    };
    const [owned, open] = await ctx.call(DESCRIBE_SNAPSHOTS, () =>
      Promise.all([list({ OwnerIds: ['self'] }), list({ OwnerIds: ['self'], RestorableByUserIds: ['all'] })]),
    );
    const publicIds = new Set(open);
    return owned.sort().map((id) => ({ name: id, arn: arn(ctx.account.partition, region, '', 'snapshot', id), public: publicIds.has(id) }));
  },
};

const images: AwsCollector<Ec2Image[]> = {
  key: EC2_IMAGES,
  service: 'ec2',
  apis: [DESCRIBE_IMAGES],
  async collect(ctx, region) {
    const { paginateDescribeImages } = await import('@aws-sdk/client-ec2');
    const client = await ctx.client('ec2', region);
    const out: Ec2Image[] = [];
    await ctx.call(DESCRIBE_IMAGES, async () => {
      for await (const page of paginateDescribeImages({ client, pageSize: 1000 }, { Owners: ['self'] })) {
        for (const i of page.Images ?? []) {
          if (i.ImageId)
            out.push({ name: i.ImageId, arn: arn(ctx.account.partition, region, '', 'image', i.ImageId), public: i.Public ?? false });
        }
      }
    });
    return out.sort((a, b) => a.name.localeCompare(b.name));
  },
};

export const ec2ComputeCollectors: readonly AwsCollector<unknown>[] = [instances, snapshots, images] as readonly AwsCollector<unknown>[];
