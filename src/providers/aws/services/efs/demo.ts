import { DEMO_ACCOUNT } from '../../../../../demo/aws/clock.js';
import { awsError, type FakeHandlers } from '../../simulator.js';

const HOME = 'eu-west-1';
const fsArn = (region: string, id: string) => `arn:aws:elasticfilesystem:${region}:${DEMO_ACCOUNT}:file-system/${id}`;

/** Two file systems in eu-west-1: shared media (kept well) and an old build cache (defaults everywhere). */
export const efsDemo: Partial<Record<string, FakeHandlers>> = {
  elasticfilesystem: {
    DescribeFileSystems: (_input, region) => ({
      FileSystems:
        region === HOME
          ? [
              {
                FileSystemId: 'fs-0a1b2c3d4e5f60718',
                FileSystemArn: fsArn(region, 'fs-0a1b2c3d4e5f60718'),
                Name: 'shared-media',
                Encrypted: true,
                KmsKeyId: `arn:aws:kms:${region}:${DEMO_ACCOUNT}:key/efs-media`,
              },
              {
                FileSystemId: 'fs-0f9e8d7c6b5a40312',
                FileSystemArn: fsArn(region, 'fs-0f9e8d7c6b5a40312'),
                Name: 'build-cache',
                Encrypted: false,
              },
            ]
          : [],
    }),
    DescribeBackupPolicy: (input) => ({ BackupPolicy: { Status: input.FileSystemId === 'fs-0a1b2c3d4e5f60718' ? 'ENABLED' : 'DISABLED' } }),
    DescribeFileSystemPolicy: (input, region) => {
      if (input.FileSystemId !== 'fs-0a1b2c3d4e5f60718') {
        throw awsError('PolicyNotFound', 404, 'File system has no policy');
      }
      return {
        FileSystemId: input.FileSystemId,
        Policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'MediaServers',
              Effect: 'Allow',
              Principal: { AWS: `arn:aws:iam::${DEMO_ACCOUNT}:role/media-server` },
              Action: ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite'],
              Resource: fsArn(region, String(input.FileSystemId)),
            },
          ],
        }),
      };
    },
    DescribeAccessPoints: (_input, region) => ({
      AccessPoints:
        region === HOME
          ? [
              {
                AccessPointId: 'fsap-0123456789abcdef0',
                AccessPointArn: `arn:aws:elasticfilesystem:${region}:${DEMO_ACCOUNT}:access-point/fsap-0123456789abcdef0`,
                Name: 'media-app',
                FileSystemId: 'fs-0a1b2c3d4e5f60718',
                RootDirectory: { Path: '/media' },
                PosixUser: { Uid: 1001, Gid: 1001 },
              },
              {
                AccessPointId: 'fsap-0fedcba9876543210',
                AccessPointArn: `arn:aws:elasticfilesystem:${region}:${DEMO_ACCOUNT}:access-point/fsap-0fedcba9876543210`,
                Name: 'ci-runners',
                FileSystemId: 'fs-0f9e8d7c6b5a40312',
                RootDirectory: { Path: '/' },
              },
            ]
          : [],
    }),
  },
};
