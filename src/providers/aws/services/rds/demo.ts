import { DEMO_ACCOUNT } from '../../../../../demo/aws/clock.js';
import type { FakeHandlers } from '../../simulator.js';

const HOME = 'eu-west-1';
const arn = (region: string, kind: string, name: string) => `arn:aws:rds:${region}:${DEMO_ACCOUNT}:${kind}:${name}`;

/** The demo estate's databases: a well-kept billing database, a forgotten public one, and an Aurora cluster in eu-west-1. */
function instances(region: string) {
  if (region !== HOME) return [];
  const common = { AutoMinorVersionUpgrade: true, CopyTagsToSnapshot: true };
  return [
    {
      DBInstanceIdentifier: 'billing-db',
      DBInstanceArn: arn(region, 'db', 'billing-db'),
      Engine: 'postgres',
      EngineVersion: '16.4',
      StorageEncrypted: true,
      PubliclyAccessible: false,
      MultiAZ: true,
      BackupRetentionPeriod: 14,
      DeletionProtection: true,
      IAMDatabaseAuthenticationEnabled: true,
      EnabledCloudwatchLogsExports: ['postgresql', 'upgrade'],
      MonitoringInterval: 60,
      ...common,
    },
    {
      DBInstanceIdentifier: 'legacy-reports',
      DBInstanceArn: arn(region, 'db', 'legacy-reports'),
      Engine: 'mysql',
      EngineVersion: '8.0.35',
      StorageEncrypted: false,
      AutoMinorVersionUpgrade: false,
      PubliclyAccessible: true,
      MultiAZ: false,
      BackupRetentionPeriod: 1,
      DeletionProtection: false,
      IAMDatabaseAuthenticationEnabled: false,
      CopyTagsToSnapshot: false,
      MonitoringInterval: 0,
    },
    {
      DBInstanceIdentifier: 'orders-1',
      DBInstanceArn: arn(region, 'db', 'orders-1'),
      DBClusterIdentifier: 'orders',
      Engine: 'aurora-postgresql',
      EngineVersion: '16.4',
      StorageEncrypted: true,
      PubliclyAccessible: false,
      MultiAZ: false,
      BackupRetentionPeriod: 7,
      MonitoringInterval: 0,
      ...common,
    },
  ];
}

export const rdsDemo: Partial<Record<string, FakeHandlers>> = {
  rds: {
    DescribeDBInstances: (_input, region) => ({ DBInstances: instances(region) }),
    DescribeDBClusters: (_input, region) => ({
      DBClusters:
        region === HOME
          ? [
              {
                DBClusterIdentifier: 'orders',
                DBClusterArn: arn(region, 'cluster', 'orders'),
                Engine: 'aurora-postgresql',
                EngineVersion: '16.4',
                StorageEncrypted: true,
                // One writer only: the cluster lives in a single zone.
                MultiAZ: false,
                BackupRetentionPeriod: 7,
                DeletionProtection: true,
                IAMDatabaseAuthenticationEnabled: false,
                EnabledCloudwatchLogsExports: ['postgresql'],
                CopyTagsToSnapshot: true,
              },
            ]
          : [],
    }),
    DescribeDBSnapshots: (_input, region) => ({
      DBSnapshots:
        region === HOME
          ? [
              {
                DBSnapshotIdentifier: 'billing-pre-migration',
                DBSnapshotArn: arn(region, 'snapshot', 'billing-pre-migration'),
                DBInstanceIdentifier: 'billing-db',
              },
              {
                DBSnapshotIdentifier: 'reports-share',
                DBSnapshotArn: arn(region, 'snapshot', 'reports-share'),
                DBInstanceIdentifier: 'legacy-reports',
              },
            ]
          : [],
    }),
    DescribeDBClusterSnapshots: (_input, region) => ({
      DBClusterSnapshots:
        region === HOME
          ? [
              {
                DBClusterSnapshotIdentifier: 'orders-q3',
                DBClusterSnapshotArn: arn(region, 'cluster-snapshot', 'orders-q3'),
                DBClusterIdentifier: 'orders',
              },
            ]
          : [],
    }),
    DescribeDBSnapshotAttributes: (input) => ({
      DBSnapshotAttributesResult: {
        DBSnapshotIdentifier: input.DBSnapshotIdentifier,
        // The reports snapshot was made public to hand it to a contractor.
        DBSnapshotAttributes: [
          { AttributeName: 'restore', AttributeValues: input.DBSnapshotIdentifier === 'reports-share' ? ['all'] : [] },
        ],
      },
    }),
    DescribeDBClusterSnapshotAttributes: (input) => ({
      DBClusterSnapshotAttributesResult: {
        DBClusterSnapshotIdentifier: input.DBClusterSnapshotIdentifier,
        DBClusterSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: ['210987654321'] }],
      },
    }),
  },
};
