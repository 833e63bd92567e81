import type { FakeHandlers } from '../../simulator.js';

const HOME = 'eu-west-1';

/** One warehouse in eu-west-1, private and encrypted, but on the default parameter group and without audit logs. */
export const redshiftDemo: Partial<Record<string, FakeHandlers>> = {
  redshift: {
    DescribeClusters: (_input, region) => ({
      Clusters:
        region === HOME
          ? [
              {
                ClusterIdentifier: 'analytics-dw',
                Encrypted: true,
                PubliclyAccessible: false,
                EnhancedVpcRouting: false,
                AutomatedSnapshotRetentionPeriod: 1,
                AllowVersionUpgrade: true,
                ClusterParameterGroups: [{ ParameterGroupName: 'default.redshift-1.0' }],
              },
            ]
          : [],
    }),
    DescribeLoggingStatus: () => ({ LoggingEnabled: false }),
    DescribeClusterParameters: () => ({
      Parameters: [
        { ParameterName: 'enable_user_activity_logging', ParameterValue: 'false' },
        { ParameterName: 'require_ssl', ParameterValue: 'false' },
      ],
    }),
  },
};
