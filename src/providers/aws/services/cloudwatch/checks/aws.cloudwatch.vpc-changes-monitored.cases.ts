import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { chainCases } from '../chain.fixtures.js';
import { cloudWatchVpcChangesMonitored } from './aws.cloudwatch.vpc-changes-monitored.js';

export const table: CheckCases = { check: cloudWatchVpcChangesMonitored, cases: chainCases(cloudWatchVpcChangesMonitored) };
