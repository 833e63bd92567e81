import type { ServiceId } from '../../src/providers/aws/clients.js';
import { awsError, type FakeHandlers } from '../../src/providers/aws/simulator.js';
import { DEMO_ACCOUNT, demoDaysAgo } from './clock.js';

/**
 * Demo detective services:
 * - us-east-1: GuardDuty enabled, Config recording everything (with global types), Security Hub
 *   enabled, an ACCOUNT Access Analyzer.
 * - eu-west-1: no GuardDuty detector, no Config recorder, Security Hub not subscribed, no analyzer.
 * - ap-southeast-2: a service control policy denies GuardDuty, Config and Security Hub;
 *   Access Analyzer answers, with no analyzers.
 */
const SCP_REGION = 'ap-southeast-2';
const ROLE = `arn:aws:sts::${DEMO_ACCOUNT}:assumed-role/annexa-audit/annexa`;
const DETECTOR = '6cc1f0a2b3d4e5f60718293a4b5c6d7e';

/** Wrap a handler so the SCP region answers AccessDenied, as AWS does for an explicit SCP deny. */
function scp(action: string, h: FakeHandlers[string]): FakeHandlers[string] {
  return (input, region, service) => {
    if (region === SCP_REGION) {
      throw awsError(
        'AccessDeniedException',
        403,
        `User: ${ROLE} is not authorized to perform: ${action} with an explicit deny in a service control policy`,
      );
    }
    return h(input, region, service);
  };
}

const home = (region: string) => region === 'us-east-1';

export const demoDetection: Partial<Record<ServiceId, FakeHandlers>> = {
  guardduty: {
    ListDetectors: scp('guardduty:ListDetectors', (_i, region) => ({ DetectorIds: home(region) ? [DETECTOR] : [] })),
    GetDetector: scp('guardduty:GetDetector', (input) => {
      if (input.DetectorId !== DETECTOR)
        throw awsError(
          'BadRequestException',
          400,
          'The request is rejected because the input detectorId is not owned by the current account.',
        );
      return {
        CreatedAt: demoDaysAgo(610).toISOString(),
        UpdatedAt: demoDaysAgo(30).toISOString(),
        FindingPublishingFrequency: 'FIFTEEN_MINUTES',
        ServiceRole: `arn:aws:iam::${DEMO_ACCOUNT}:role/aws-service-role/guardduty.amazonaws.com/AWSServiceRoleForAmazonGuardDuty`,
        Status: 'ENABLED',
        Features: [
          { Name: 'CLOUD_TRAIL', Status: 'ENABLED', UpdatedAt: demoDaysAgo(610) },
          { Name: 'DNS_LOGS', Status: 'ENABLED', UpdatedAt: demoDaysAgo(610) },
          { Name: 'FLOW_LOGS', Status: 'ENABLED', UpdatedAt: demoDaysAgo(610) },
          { Name: 'S3_DATA_EVENTS', Status: 'ENABLED', UpdatedAt: demoDaysAgo(400) },
          { Name: 'EKS_AUDIT_LOGS', Status: 'DISABLED', UpdatedAt: demoDaysAgo(400) },
          { Name: 'EBS_MALWARE_PROTECTION', Status: 'DISABLED', UpdatedAt: demoDaysAgo(400) },
        ],
        Tags: {},
      };
    }),
  },
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
  securityhub: {
    DescribeHub: scp('securityhub:DescribeHub', (_i, region) => {
      if (!home(region)) throw awsError('InvalidAccessException', 401, `Account ${DEMO_ACCOUNT} is not subscribed to AWS Security Hub`);
      return {
        HubArn: `arn:aws:securityhub:us-east-1:${DEMO_ACCOUNT}:hub/default`,
        SubscribedAt: demoDaysAgo(540).toISOString(),
        AutoEnableControls: true,
        ControlFindingGenerator: 'SECURITY_CONTROL',
      };
    }),
  },
  accessanalyzer: {
    ListAnalyzers: (_i, region) => ({
      analyzers: home(region)
        ? [
            {
              arn: `arn:aws:access-analyzer:us-east-1:${DEMO_ACCOUNT}:analyzer/acme-account-analyzer`,
              name: 'acme-account-analyzer',
              type: 'ACCOUNT',
              status: 'ACTIVE',
              createdAt: demoDaysAgo(450),
              lastResourceAnalyzed: 'arn:aws:s3:::acme-cloudtrail-logs',
              lastResourceAnalyzedAt: demoDaysAgo(1),
              tags: {},
            },
          ]
        : [],
    }),
  },
};
