import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { subscriptionCases } from '../../../service-kit/cases.fixtures.js';
import { assignment } from '../cases.fixtures.js';
import { AZURE_POLICY_ASSIGNMENTS, MCSB_INITIATIVE, POLICY_ASSIGNMENT } from '../state.js';
import { policySecurityBenchmarkAssigned as check } from './azure.policy.security-benchmark-assigned.js';

export const table: CheckCases = {
  check,
  cases: subscriptionCases(AZURE_POLICY_ASSIGNMENTS, POLICY_ASSIGNMENT, [
    ['the MCSB initiative passes', [assignment('ASC Default', MCSB_INITIATIVE)], [['pass', 'benchmark-assigned']]],
    ['other initiatives only fail', [assignment('tags', 'abc')], [['fail', 'benchmark-missing']]],
  ]),
};
