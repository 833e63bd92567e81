import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { chainCases } from '../chain.fixtures.js';
import { cloudWatchNaclChangesMonitored } from './aws.cloudwatch.nacl-changes-monitored.js';

export const table: CheckCases = { check: cloudWatchNaclChangesMonitored, cases: chainCases(cloudWatchNaclChangesMonitored) };
