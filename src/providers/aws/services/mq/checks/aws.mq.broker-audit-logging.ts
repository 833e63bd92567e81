import { missingData } from '../../../../../model/fetched.js';
import { errorFinding, fail, notApplicable, pass } from '../../../../check-kit.js';
import { eachEntry } from '../../each-resource.js';
import { MQ_BROKERS, unknownEngine } from '../state.js';

export const mqBrokerAuditLogging = eachEntry(
  {
    id: 'aws.mq.broker-audit-logging',
    title: 'Amazon MQ ActiveMQ brokers send audit logs to CloudWatch Logs',
    service: 'mq',
    resourceType: 'AWS::AmazonMQ::Broker',
    severity: 'medium',
    requires: [MQ_BROKERS],
    rationale:
      'The ActiveMQ audit log records each user management action made through JMX or the ActiveMQ web console, which is how a ' +
      'change to who may publish or consume is traced back to a person. Security Hub (MQ.2) fails an ActiveMQ broker whose Logs.Audit ' +
      'is not enabled. AWS documents that audit logging does not apply to RabbitMQ brokers, so they are not applicable here. Passes ' +
      'when an ActiveMQ broker has audit logging on; fails when it is off; an answer without log settings, or an engine type Amazon MQ ' +
      'does not document, is an error rather than a guess.',
    remediation: {
      text: 'Turn on audit logging for the broker (the broker needs permission to write to CloudWatch Logs).',
      console: 'Amazon MQ → Brokers → broker → Edit → CloudWatch Logs → Audit',
      cli: 'aws mq update-broker --broker-id <id> --logs Audit=true,General=true',
    },
  },
  MQ_BROKERS,
  (_ctx, _region, arn) => arn,
  (b, resource) => {
    const observed = { engineType: b.engineType, auditLog: b.auditLog };
    const odd = unknownEngine(b);
    if (odd) return errorFinding(resource, odd);
    if (b.engineType !== 'ACTIVEMQ')
      return notApplicable(resource, 'no-audit-log', `Broker ${b.name} runs ${b.engineType}, which has no audit log.`, observed);
    if (b.auditLog === null) return errorFinding(resource, missingData('mq:DescribeBroker', `broker ${b.name}: no Logs in the answer`));
    return b.auditLog
      ? pass(resource, 'audit-logging', `Broker ${b.name} sends audit logs to CloudWatch Logs.`, observed)
      : fail(resource, 'no-audit-logging', `Broker ${b.name} does not keep an audit log.`, observed);
  },
);
