import type { AwsService } from '../../service.js';
import { mqBrokerAuditLogging } from './checks/aws.mq.broker-audit-logging.js';
import { mqBrokerAutoMinorUpgrade } from './checks/aws.mq.broker-auto-minor-upgrade.js';
import { mqBrokerCmkEncrypted } from './checks/aws.mq.broker-cmk-encrypted.js';
import { mqBrokerNotPublic } from './checks/aws.mq.broker-not-public.js';
import { mqCollectors } from './collect.js';
import { demo } from './demo.js';

export const mq: AwsService = {
  id: 'mq',
  collectors: mqCollectors,
  checks: [mqBrokerAuditLogging, mqBrokerAutoMinorUpgrade, mqBrokerCmkEncrypted, mqBrokerNotPublic],
  links: new URL('./links.yaml', import.meta.url),
  demo,
};
