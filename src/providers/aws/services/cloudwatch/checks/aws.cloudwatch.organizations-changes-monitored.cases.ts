import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { chainCases } from '../chain.fixtures.js';
import { cloudWatchOrganizationsChangesMonitored } from './aws.cloudwatch.organizations-changes-monitored.js';

export const table: CheckCases = {
  check: cloudWatchOrganizationsChangesMonitored,
  cases: chainCases(cloudWatchOrganizationsChangesMonitored),
};
