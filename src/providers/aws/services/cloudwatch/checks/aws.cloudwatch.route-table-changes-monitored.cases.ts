import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { chainCases } from '../chain.fixtures.js';
import { cloudWatchRouteTableChangesMonitored } from './aws.cloudwatch.route-table-changes-monitored.js';

export const table: CheckCases = { check: cloudWatchRouteTableChangesMonitored, cases: chainCases(cloudWatchRouteTableChangesMonitored) };
