import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { mqBrokerAuditLogging as check } from './aws.mq.broker-audit-logging.js';
import { broker, described, errorCases, rabbit } from './mq.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'ActiveMQ with audit log passes', snapshot: described(broker()), expected: [['pass', 'audit-logging']] },
    {
      name: 'ActiveMQ without audit log fails',
      snapshot: described(broker({ auditLog: false })),
      expected: [['fail', 'no-audit-logging']],
    },
    {
      name: 'an ActiveMQ answer without log settings is an error, never a fail',
      snapshot: described(broker({ auditLog: null })),
      expected: [['error', 'error.unknown']],
    },
    {
      name: 'an engine Amazon MQ does not document is an error, not not-applicable',
      snapshot: described(rabbit({ engineType: 'activemq' })),
      expected: [['error', 'error.unknown']],
    },
    { name: 'RabbitMQ has no audit log: not applicable', snapshot: described(rabbit()), expected: [['not_applicable', 'no-audit-log']] },
    ...errorCases(),
  ],
};
