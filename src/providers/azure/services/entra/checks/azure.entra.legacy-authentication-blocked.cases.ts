import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { ca, graphDenied, notTheHolder, unlicensed, withCa } from '../entra.fixtures.js';
import { entraLegacyAuthenticationBlocked as check } from './azure.entra.legacy-authentication-blocked.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'security defaults on', snapshot: withCa(true, []), expected: [['pass', 'security-defaults']] },
    {
      name: 'a qualifying enabled policy',
      snapshot: withCa(false, [
        ca({
          conditions: { clientAppTypes: ['exchangeActiveSync', 'other'] },
          grantControls: { operator: 'OR', builtInControls: ['block'] },
        }),
      ]),
      expected: [['pass', 'ca-policy']],
    },
    {
      name: 'the same policy report-only',
      snapshot: withCa(false, [
        ca({
          ...{
            conditions: { clientAppTypes: ['exchangeActiveSync', 'other'] },
            grantControls: { operator: 'OR', builtInControls: ['block'] },
          },
          state: 'enabledForReportingButNotEnforced',
        }),
      ]),
      expected: [['fail', 'not-required']],
    },
    {
      name: 'a policy that does not qualify',
      snapshot: withCa(false, [
        ca({ conditions: { clientAppTypes: ['exchangeActiveSync'] }, grantControls: { operator: 'OR', builtInControls: ['block'] } }),
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
