import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { chainCases } from '../chain.fixtures.js';
import { cloudWatchCloudtrailChangesMonitored } from './aws.cloudwatch.cloudtrail-changes-monitored.js';

export const table: CheckCases = { check: cloudWatchCloudtrailChangesMonitored, cases: chainCases(cloudWatchCloudtrailChangesMonitored) };
