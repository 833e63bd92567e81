import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { chainCases } from '../chain.fixtures.js';
import { cloudWatchUnauthorizedApiCallsMonitored } from './aws.cloudwatch.unauthorized-api-calls-monitored.js';

export const table: CheckCases = {
  check: cloudWatchUnauthorizedApiCallsMonitored,
  cases: chainCases(cloudWatchUnauthorizedApiCallsMonitored),
};
