import { DEMO_ACCOUNT, demoDaysAgo } from '../../../../../demo/aws/clock.js';
import { home, scp } from '../../../../../demo/aws/detective.js';
import type { ServiceId } from '../../clients.js';
import { awsError, type FakeHandlers } from '../../simulator.js';

/** Security Hub: enabled in us-east-1, not subscribed in eu-west-1, denied by an SCP in ap-southeast-2. */
export const demoSecurityHub: Partial<Record<ServiceId, FakeHandlers>> = {
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
};
