import {
  DescribeAccessPointsCommand,
  DescribeBackupPolicyCommand,
  DescribeFileSystemPolicyCommand,
  DescribeFileSystemsCommand,
  EFSClient,
} from '@aws-sdk/client-efs';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { awsError, collect, fakeService, throttledThen } from '../../../../../test/support/aws.js';
import { EFS_ACCESS_POINTS, EFS_BACKUP_POLICIES, EFS_FILE_SYSTEMS, EFS_POLICIES } from './state.js';

let efs = mockClient(EFSClient);
afterEach(() => efs.reset());
const R = 'us-east-1';
type Inv = Awaited<ReturnType<typeof collect>>['inventory'];
const result = (inv: Inv, id: string) => inv[id]![R]!.result;

describe('aws.efs collectors', () => {
  it('follows DescribeFileSystems pages, then reads each policy; PolicyNotFound is data', async () => {
    efs
      .on(DescribeFileSystemsCommand)
      .resolvesOnce({ FileSystems: [{ FileSystemId: 'fs-1', FileSystemArn: 'arn:1', Encrypted: true }] as never, NextMarker: 'n' })
      .resolvesOnce({ FileSystems: [{ FileSystemId: 'fs-2', FileSystemArn: 'arn:2' }] as never });
    efs.on(DescribeBackupPolicyCommand, { FileSystemId: 'fs-1' }).resolves({ BackupPolicy: { Status: 'ENABLED' } });
    efs.on(DescribeBackupPolicyCommand, { FileSystemId: 'fs-2' }).rejects(awsError('PolicyNotFound', 404));
    efs
      .on(DescribeFileSystemPolicyCommand, { FileSystemId: 'fs-1' })
      .resolves({ Policy: '{"Statement":[{"Effect":"Allow","Principal":"*","Action":"*"}]}' });
    efs.on(DescribeFileSystemPolicyCommand, { FileSystemId: 'fs-2' }).rejects(awsError('AccessDeniedException', 403));
    const { inventory } = await collect([EFS_BACKUP_POLICIES, EFS_POLICIES]);
    expect(efs.commandCalls(DescribeFileSystemsCommand)).toHaveLength(2);
    expect(efs.commandCalls(DescribeFileSystemsCommand)[1]!.args[0].input).toMatchObject({ Marker: 'n' });
    expect(result(inventory, EFS_FILE_SYSTEMS.id)).toEqual({
      ok: true,
      value: [
        { arn: 'arn:1', name: 'fs-1', encrypted: true },
        { arn: 'arn:2', name: 'fs-2', encrypted: false },
      ],
    });
    expect(result(inventory, EFS_BACKUP_POLICIES.id)).toEqual({
      ok: true,
      value: { 'fs-1': { ok: true, value: 'ENABLED' }, 'fs-2': { ok: true, value: null } },
    });
    expect(result(inventory, EFS_POLICIES.id)).toMatchObject({
      ok: true,
      value: {
        'fs-1': { ok: true, value: { statements: [{ effect: 'Allow', principal: { AWS: ['*'] } }] } },
        'fs-2': { ok: false, error: { kind: 'denied', api: 'elasticfilesystem:DescribeFileSystemPolicy' } },
      },
    });
  });

  it('lists access points region-wide, across pages', async () => {
    efs
      .on(DescribeAccessPointsCommand)
      .resolvesOnce({
        AccessPoints: [{ AccessPointId: 'fsap-1', AccessPointArn: 'arn:a1', FileSystemId: 'fs-1', RootDirectory: { Path: '/x' } }],
        NextToken: 't',
      })
      .resolvesOnce({
        AccessPoints: [{ AccessPointId: 'fsap-2', AccessPointArn: 'arn:a2', FileSystemId: 'fs-1', PosixUser: { Uid: 1, Gid: 1 } }],
      });
    const { inventory } = await collect([EFS_ACCESS_POINTS]);
    expect(efs.commandCalls(DescribeAccessPointsCommand)[0]!.args[0].input).not.toHaveProperty('FileSystemId');
    expect(result(inventory, EFS_ACCESS_POINTS.id)).toEqual({
      ok: true,
      value: [
        { arn: 'arn:a1', name: 'fsap-1', fileSystemId: 'fs-1', rootPath: '/x', posixUser: false },
        { arn: 'arn:a2', name: 'fsap-2', fileSystemId: 'fs-1', rootPath: '/', posixUser: true },
      ],
    });
  });

  it('classifies a denied DescribeFileSystems as denied', async () => {
    efs.on(DescribeFileSystemsCommand).rejects(awsError('AccessDeniedException', 403));
    const { inventory } = await collect([EFS_BACKUP_POLICIES]);
    expect(result(inventory, EFS_BACKUP_POLICIES.id)).toMatchObject({
      ok: false,
      error: { kind: 'denied', api: 'elasticfilesystem:DescribeFileSystems' },
    });
  });

  it('lets the SDK retry throttling, then succeeds', async () => {
    efs.restore();
    try {
      const list = throttledThen({ FileSystems: [] }, 2);
      const { inventory, stats } = await collect([EFS_FILE_SYSTEMS], { client: { configure: fakeService({ DescribeFileSystems: list }) } });
      expect(result(inventory, EFS_FILE_SYSTEMS.id)).toEqual({ ok: true, value: [] });
      expect(stats.toJSON()['elasticfilesystem:DescribeFileSystems']).toMatchObject({ calls: 1, attempts: 3, throttles: 2 });
    } finally {
      efs = mockClient(EFSClient);
    }
  });
});
