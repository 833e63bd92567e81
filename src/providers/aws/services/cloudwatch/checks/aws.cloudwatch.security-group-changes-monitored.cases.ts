import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { chainCases } from '../chain.fixtures.js';
import { cloudWatchSecurityGroupChangesMonitored } from './aws.cloudwatch.security-group-changes-monitored.js';

export const table: CheckCases = {
  check: cloudWatchSecurityGroupChangesMonitored,
  cases: chainCases(cloudWatchSecurityGroupChangesMonitored),
};
