import type { EFSClient } from '@aws-sdk/client-efs';
import { type ApiSpec, api, perResource } from '../../../../inventory/collector.js';
import { type Fetched, ok } from '../../../../model/fetched.js';
import type { InventoryKey, PerResource } from '../../../../model/keys.js';
import { awsClient } from '../../clients.js';
import type { AwsCollectContext, AwsCollector } from '../../context.js';
import { type PolicyDocument, parsePolicyDocument } from '../../iam-policy.js';
import {
  EFS_ACCESS_POINTS,
  EFS_BACKUP_POLICIES,
  EFS_FILE_SYSTEMS,
  EFS_POLICIES,
  type EfsAccessPoint,
  type EfsFileSystem,
} from './state.js';

export const EFS = awsClient<EFSClient>(
  'elasticfilesystem',
  'elasticfilesystem',
  async () => (await import('@aws-sdk/client-efs')).EFSClient,
);

const DESCRIBE_FILE_SYSTEMS = api('elasticfilesystem:DescribeFileSystems');
const DESCRIBE_BACKUP_POLICY = api('elasticfilesystem:DescribeBackupPolicy');
const DESCRIBE_POLICY = api('elasticfilesystem:DescribeFileSystemPolicy');
const DESCRIBE_ACCESS_POINTS = api('elasticfilesystem:DescribeAccessPoints');
/** EFS answers this when a file system has no backup policy or no file system policy: a fact, not an error. */
const NOT_SET = ['PolicyNotFound'];

const fileSystems: AwsCollector<readonly EfsFileSystem[]> = {
  key: EFS_FILE_SYSTEMS,
  service: 'efs',
  apis: [DESCRIBE_FILE_SYSTEMS],
  async collect(ctx, region) {
    const { paginateDescribeFileSystems } = await import('@aws-sdk/client-efs');
    const client = await ctx.client(EFS, region);
    const out: EfsFileSystem[] = [];
    await ctx.call(DESCRIBE_FILE_SYSTEMS, async () => {
      for await (const page of paginateDescribeFileSystems({ client, pageSize: 100 }, {})) {
        for (const f of page.FileSystems ?? []) {
          if (!f.FileSystemId || !f.FileSystemArn) continue;
          out.push({
            arn: f.FileSystemArn,
            name: f.FileSystemId,
            encrypted: f.Encrypted === true,
            ...(f.KmsKeyId ? { kmsKeyId: f.KmsKeyId } : {}),
          });
        }
      }
    });
    return out;
  },
};

/** A per-file-system read; there is no bulk call for backup or resource policies. */
function perFileSystem<T>(
  key: InventoryKey<PerResource<T | null>>,
  spec: ApiSpec,
  read: (client: EFSClient, id: string, ctx: AwsCollectContext) => Promise<Fetched<T | null>>,
): AwsCollector<PerResource<T | null>> {
  return {
    key,
    service: 'efs',
    apis: [spec],
    dependsOn: [EFS_FILE_SYSTEMS],
    async collect(ctx, region) {
      const list = await ctx.need(EFS_FILE_SYSTEMS, region);
      const client = await ctx.client(EFS, region);
      return perResource(
        list,
        (f) => f.name,
        (f) => read(client, f.name, ctx),
      );
    },
  };
}

const backupPolicies = perFileSystem<string>(EFS_BACKUP_POLICIES, DESCRIBE_BACKUP_POLICY, async (client, id, ctx) => {
  const { DescribeBackupPolicyCommand } = await import('@aws-sdk/client-efs');
  const res = await ctx.attempt(DESCRIBE_BACKUP_POLICY, () => client.send(new DescribeBackupPolicyCommand({ FileSystemId: id })), NOT_SET);
  if (!res.ok) return res;
  return ok(res.value?.BackupPolicy?.Status ?? null);
});

const policies = perFileSystem<PolicyDocument>(EFS_POLICIES, DESCRIBE_POLICY, async (client, id, ctx) => {
  const { DescribeFileSystemPolicyCommand } = await import('@aws-sdk/client-efs');
  // Parsing inside the attempt: a malformed document becomes this file system's error.
  return ctx.attempt(
    DESCRIBE_POLICY,
    async () => {
      const out = await client.send(new DescribeFileSystemPolicyCommand({ FileSystemId: id }));
      return out.Policy ? parsePolicyDocument(out.Policy) : null;
    },
    NOT_SET,
  );
});

const accessPoints: AwsCollector<readonly EfsAccessPoint[]> = {
  key: EFS_ACCESS_POINTS,
  service: 'efs',
  apis: [DESCRIBE_ACCESS_POINTS],
  async collect(ctx, region) {
    const { paginateDescribeAccessPoints } = await import('@aws-sdk/client-efs');
    const client = await ctx.client(EFS, region);
    const out: EfsAccessPoint[] = [];
    // Without a file system id, DescribeAccessPoints lists the region's access points in one paginated call.
    await ctx.call(DESCRIBE_ACCESS_POINTS, async () => {
      for await (const page of paginateDescribeAccessPoints({ client, pageSize: 100 }, {})) {
        for (const a of page.AccessPoints ?? []) {
          if (!a.AccessPointArn || !a.AccessPointId) continue;
          out.push({
            arn: a.AccessPointArn,
            name: a.Name ? `${a.Name} (${a.AccessPointId})` : a.AccessPointId,
            fileSystemId: a.FileSystemId ?? '',
            rootPath: a.RootDirectory?.Path ?? '/',
            posixUser: a.PosixUser !== undefined,
          });
        }
      }
    });
    return out;
  },
};

export const efsCollectors: readonly AwsCollector<unknown>[] = [
  fileSystems,
  backupPolicies,
  policies,
  accessPoints,
] as readonly AwsCollector<unknown>[];
