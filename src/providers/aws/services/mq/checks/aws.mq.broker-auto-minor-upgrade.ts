import { fail, pass } from '../../../../check-kit.js';
import { eachEntry } from '../../each-resource.js';
import { MQ_BROKERS } from '../state.js';

export const mqBrokerAutoMinorUpgrade = eachEntry(
  {
    id: 'aws.mq.broker-auto-minor-upgrade',
    title: 'Amazon MQ brokers take minor engine upgrades automatically',
    service: 'mq',
    resourceType: 'AWS::AmazonMQ::Broker',
    severity: 'low',
    requires: [MQ_BROKERS],
    rationale:
      'With AutoMinorVersionUpgrade, Amazon MQ moves the broker to new minor engine versions, which carry security fixes, during its ' +
      'maintenance window. Security Hub (MQ.3) fails a broker that does not have it enabled. Passes when AutoMinorVersionUpgrade is ' +
      'true; fails when it is false.',
    remediation: {
      text: 'Turn on automatic minor version upgrades for the broker.',
      console: 'Amazon MQ → Brokers → broker → Edit → Maintenance → Enable automatic minor version upgrades',
      cli: 'aws mq update-broker --broker-id <id> --auto-minor-version-upgrade',
    },
  },
  MQ_BROKERS,
  (_ctx, _region, arn) => arn,
  (b, resource) => {
    const observed = { autoMinorVersionUpgrade: b.autoMinorVersionUpgrade };
    return b.autoMinorVersionUpgrade
      ? pass(resource, 'auto-upgrade', `Broker ${b.name} takes minor engine upgrades automatically.`, observed)
      : fail(resource, 'manual-upgrade', `Broker ${b.name} does not take minor engine upgrades automatically.`, observed);
  },
);
