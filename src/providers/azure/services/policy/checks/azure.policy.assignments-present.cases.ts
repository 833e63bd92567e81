import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { subscriptionCases } from '../../../service-kit/cases.fixtures.js';
import { assignment } from '../cases.fixtures.js';
import { AZURE_POLICY_ASSIGNMENTS, POLICY_ASSIGNMENT } from '../state.js';
import { policyAssignmentsPresent as check } from './azure.policy.assignments-present.js';

export const table: CheckCases = {
  check,
  cases: subscriptionCases(AZURE_POLICY_ASSIGNMENTS, POLICY_ASSIGNMENT, [
    ['an enforced assignment passes', [assignment('tags', 'abc')], [['pass', 'policy-enforced']]],
    ['only DoNotEnforce fails', [assignment('tags', 'abc', 'DoNotEnforce')], [['fail', 'no-enforced-policy']]],
    ['none fails', [], [['fail', 'no-enforced-policy']]],
  ]),
};
