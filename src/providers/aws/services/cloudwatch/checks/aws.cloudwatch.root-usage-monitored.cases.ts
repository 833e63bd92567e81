import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { chainCases } from '../chain.fixtures.js';
import { cloudWatchRootUsageMonitored } from './aws.cloudwatch.root-usage-monitored.js';

export const table: CheckCases = { check: cloudWatchRootUsageMonitored, cases: chainCases(cloudWatchRootUsageMonitored) };
