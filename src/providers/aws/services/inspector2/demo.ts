/** The demo estate's Inspector: fully on in the main region, never activated in the others. */
import { DEMO_ACCOUNT } from '../../../../../demo/aws/clock.js';
import type { FakeHandlers } from '../../simulator.js';

const on = { status: 'ENABLED' };
const off = { status: 'DISABLED' };

export const demo: Partial<Record<string, FakeHandlers>> = {
  inspector2: {
    BatchGetAccountStatus: (_input, region) => ({
      accounts: [
        region === 'eu-west-1'
          ? { accountId: DEMO_ACCOUNT, state: on, resourceState: { ec2: on, ecr: on, lambda: on, lambdaCode: off } }
          : { accountId: DEMO_ACCOUNT, state: off, resourceState: { ec2: off, ecr: off, lambda: off, lambdaCode: off } },
      ],
      failedAccounts: [],
    }),
  },
};
