import { DEMO_ACCOUNT, demoDaysAgo } from '../../../../../demo/aws/clock.js';
import { home, scp } from '../../../../../demo/aws/detective.js';
import type { ServiceId } from '../../clients.js';
import type { FakeHandlers } from '../../simulator.js';

/** Config: recording everything (with global types) in us-east-1, no recorder in eu-west-1, denied by an SCP in ap-southeast-2. */
export const demoConfig: Partial<Record<ServiceId, FakeHandlers>> = {
  config: {
    DescribeConfigurationRecorders: scp('config:DescribeConfigurationRecorders', (_i, region) => ({
      ConfigurationRecorders: home(region)
        ? [
            {
              arn: `arn:aws:config:us-east-1:${DEMO_ACCOUNT}:configuration-recorder/default/a1b2c3d4e5f6a7b8`,
              name: 'default',
              roleARN: `arn:aws:iam::${DEMO_ACCOUNT}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig`,
              recordingGroup: {
                allSupported: true,
                includeGlobalResourceTypes: true,
                resourceTypes: [],
                exclusionByResourceTypes: { resourceTypes: [] },
                recordingStrategy: { useOnly: 'ALL_SUPPORTED_RESOURCE_TYPES' },
              },
              recordingMode: { recordingFrequency: 'CONTINUOUS', recordingModeOverrides: [] },
              recordingScope: 'PAID',
            },
          ]
        : [],
    })),
    DescribeConfigurationRecorderStatus: scp('config:DescribeConfigurationRecorderStatus', (_i, region) => ({
      ConfigurationRecordersStatus: home(region)
        ? [
            {
              name: 'default',
              lastStartTime: demoDaysAgo(600),
              recording: true,
              lastStatus: 'Success',
              lastStatusChangeTime: demoDaysAgo(0.02),
            },
          ]
        : [],
    })),
    DescribeDeliveryChannels: scp('config:DescribeDeliveryChannels', (_i, region) => ({
      DeliveryChannels: home(region)
        ? [
            {
              name: 'default',
              s3BucketName: 'acme-cloudtrail-logs',
              s3KeyPrefix: 'config',
              configSnapshotDeliveryProperties: { deliveryFrequency: 'TwentyFour_Hours' },
            },
          ]
        : [],
    })),
  },
};
