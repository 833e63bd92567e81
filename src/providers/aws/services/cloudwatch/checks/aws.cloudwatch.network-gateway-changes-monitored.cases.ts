import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { chainCases } from '../chain.fixtures.js';
import { cloudWatchNetworkGatewayChangesMonitored } from './aws.cloudwatch.network-gateway-changes-monitored.js';

export const table: CheckCases = {
  check: cloudWatchNetworkGatewayChangesMonitored,
  cases: chainCases(cloudWatchNetworkGatewayChangesMonitored),
};
