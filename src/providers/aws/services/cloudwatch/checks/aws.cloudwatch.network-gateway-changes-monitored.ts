import type { Check } from '../../../../../model/check.js';
import { monitoringCheck } from '../monitoring-check.js';

/** CIS 5.12: the whole monitoring chain for this item; see `chain.ts`. */
export const cloudWatchNetworkGatewayChangesMonitored: Check = monitoringCheck({
  id: 'aws.cloudwatch.network-gateway-changes-monitored',
  cis: '5.12',
  severity: 'medium',
});
