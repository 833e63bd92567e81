import { awsError, type FakeHandlers } from '../../simulator.js';

/** Macie runs in eu-west-1, where the customer data lake is; the other demo regions never enabled it. */
export const demoMacie: Partial<Record<string, FakeHandlers>> = {
  macie2: {
    GetMacieSession: (_input, region) => {
      if (region !== 'eu-west-1') throw awsError('AccessDeniedException', 403, 'Macie is not enabled.');
      return {
        status: 'ENABLED',
        findingPublishingFrequency: 'FIFTEEN_MINUTES',
        serviceRole: 'arn:aws:iam::123456789012:role/aws-service-role/macie.amazonaws.com/AWSServiceRoleForAmazonMacie',
      };
    },
  },
};
