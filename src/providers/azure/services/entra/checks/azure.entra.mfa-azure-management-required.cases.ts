import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { ca, graphDenied, notTheHolder, unlicensed, withCa } from '../entra.fixtures.js';
import { entraMfaAzureManagementRequired as check } from './azure.entra.mfa-azure-management-required.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'security defaults on', snapshot: withCa(true, []), expected: [['pass', 'security-defaults']] },
    {
      name: 'a qualifying enabled policy',
      snapshot: withCa(false, [ca({ conditions: { applications: { includeApplications: ['797f4846-ba00-4fd7-ba43-dac1f8f63013'] } } })]),
      expected: [['pass', 'ca-policy']],
    },
    {
      name: 'the same policy report-only',
      snapshot: withCa(false, [
        ca({
          ...{ conditions: { applications: { includeApplications: ['797f4846-ba00-4fd7-ba43-dac1f8f63013'] } } },
          state: 'enabledForReportingButNotEnforced',
        }),
      ]),
      expected: [['fail', 'not-required']],
    },
    {
      name: 'a policy that does not qualify',
      snapshot: withCa(false, [
        ca({
          conditions: { applications: { includeApplications: ['All'], excludeApplications: ['797f4846-ba00-4fd7-ba43-dac1f8f63013'] } },
        }),
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
