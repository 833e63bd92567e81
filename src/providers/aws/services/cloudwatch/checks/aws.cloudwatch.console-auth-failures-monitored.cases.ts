import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { chainCases } from '../chain.fixtures.js';
import { cloudWatchConsoleAuthFailuresMonitored } from './aws.cloudwatch.console-auth-failures-monitored.js';

export const table: CheckCases = {
  check: cloudWatchConsoleAuthFailuresMonitored,
  cases: chainCases(cloudWatchConsoleAuthFailuresMonitored),
};
