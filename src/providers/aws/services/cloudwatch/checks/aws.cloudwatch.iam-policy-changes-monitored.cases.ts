import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { chainCases } from '../chain.fixtures.js';
import { cloudWatchIamPolicyChangesMonitored } from './aws.cloudwatch.iam-policy-changes-monitored.js';

export const table: CheckCases = { check: cloudWatchIamPolicyChangesMonitored, cases: chainCases(cloudWatchIamPolicyChangesMonitored) };
