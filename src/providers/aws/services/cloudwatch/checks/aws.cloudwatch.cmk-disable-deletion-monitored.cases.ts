import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { chainCases } from '../chain.fixtures.js';
import { cloudWatchCmkDisableDeletionMonitored } from './aws.cloudwatch.cmk-disable-deletion-monitored.js';

export const table: CheckCases = { check: cloudWatchCmkDisableDeletionMonitored, cases: chainCases(cloudWatchCmkDisableDeletionMonitored) };
