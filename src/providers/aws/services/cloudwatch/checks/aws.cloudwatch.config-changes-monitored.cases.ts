import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { chainCases } from '../chain.fixtures.js';
import { cloudWatchConfigChangesMonitored } from './aws.cloudwatch.config-changes-monitored.js';

export const table: CheckCases = { check: cloudWatchConfigChangesMonitored, cases: chainCases(cloudWatchConfigChangesMonitored) };
