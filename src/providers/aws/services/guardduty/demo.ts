import { DEMO_ACCOUNT, demoDaysAgo } from '../../../../../demo/aws/clock.js';
import { home, scp } from '../../../../../demo/aws/detective.js';
import type { ServiceId } from '../../clients.js';
import { awsError, type FakeHandlers } from '../../simulator.js';

const DETECTOR = '6cc1f0a2b3d4e5f60718293a4b5c6d7e';

/** GuardDuty: enabled in us-east-1, no detector in eu-west-1, denied by an SCP in ap-southeast-2. */
export const demoGuardDuty: Partial<Record<ServiceId, FakeHandlers>> = {
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
};
