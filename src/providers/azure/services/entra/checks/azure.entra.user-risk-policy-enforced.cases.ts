import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { ca, graphDenied, notTheHolder, unlicensed, withCa } from '../entra.fixtures.js';
import { entraUserRiskPolicyEnforced as check } from './azure.entra.user-risk-policy-enforced.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'security defaults on', snapshot: withCa(true, []), expected: [['fail', 'not-required']] },
    {
      name: 'a qualifying enabled policy',
      snapshot: withCa(false, [
        ca({ conditions: { userRiskLevels: ['high'] }, grantControls: { operator: 'AND', builtInControls: ['mfa', 'passwordChange'] } }),
      ]),
      expected: [['pass', 'ca-policy']],
    },
    {
      name: 'the same policy report-only',
      snapshot: withCa(false, [
        ca({
          ...{ conditions: { userRiskLevels: ['high'] }, grantControls: { operator: 'AND', builtInControls: ['mfa', 'passwordChange'] } },
          state: 'enabledForReportingButNotEnforced',
        }),
      ]),
      expected: [['fail', 'not-required']],
    },
    {
      name: 'a policy that does not qualify',
      snapshot: withCa(false, [
        ca({ conditions: { userRiskLevels: ['high'] }, grantControls: { operator: 'OR', builtInControls: ['passwordChange'] } }),
      ]),
      expected: [['fail', 'not-required']],
    },
    {
      name: 'Conditional Access denied',
      snapshot: withCa(false, graphDenied('graph:GET /identity/conditionalAccess/policies', 'Policy.Read.All')),
      expected: [['error', 'error.denied']],
    },
    {
      name: 'Conditional Access unlicensed',
      snapshot: withCa(false, unlicensed('graph:GET /identity/conditionalAccess/policies', 'Policy.Read.All')),
      expected: [['error', 'error.unsupported']],
    },
    notTheHolder,
  ],
};
