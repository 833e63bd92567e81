import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { mqBrokerAutoMinorUpgrade as check } from './aws.mq.broker-auto-minor-upgrade.js';
import { broker, described, errorCases } from './mq.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'automatic upgrades pass', snapshot: described(broker()), expected: [['pass', 'auto-upgrade']] },
    {
      name: 'manual upgrades fail',
      snapshot: described(broker({ autoMinorVersionUpgrade: false })),
      expected: [['fail', 'manual-upgrade']],
    },
    ...errorCases(),
  ],
};
