import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { chainCases } from '../chain.fixtures.js';
import { cloudWatchConsoleSigninWithoutMfaMonitored } from './aws.cloudwatch.console-signin-without-mfa-monitored.js';

export const table: CheckCases = {
  check: cloudWatchConsoleSigninWithoutMfaMonitored,
  cases: chainCases(cloudWatchConsoleSigninWithoutMfaMonitored),
};
