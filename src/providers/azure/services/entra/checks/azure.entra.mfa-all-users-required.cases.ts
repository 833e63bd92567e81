import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { ca, graphDenied, notTheHolder, unlicensed, withCa } from '../entra.fixtures.js';
import { entraMfaAllUsersRequired as check } from './azure.entra.mfa-all-users-required.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'security defaults on', snapshot: withCa(true, []), expected: [['pass', 'security-defaults']] },
    { name: 'an enabled all-users MFA policy', snapshot: withCa(false, [ca()]), expected: [['pass', 'ca-policy']] },
    {
      name: 'MFA with an authentication strength under AND',
      snapshot: withCa(false, [ca({ grantControls: { operator: 'AND', builtInControls: [], authenticationStrength: { id: 'phish' } } })]),
      expected: [['pass', 'ca-policy']],
    },
    {
      name: 'report-only enforces nothing',
      snapshot: withCa(false, [ca({ state: 'enabledForReportingButNotEnforced' })]),
      expected: [['fail', 'not-required']],
    },
    {
      name: 'OR with a compliant device is a way around MFA',
      snapshot: withCa(false, [ca({ grantControls: { operator: 'OR', builtInControls: ['mfa', 'compliantDevice'] } })]),
      expected: [['fail', 'not-required']],
    },
    {
      name: 'AND with a compliant device still requires MFA',
      snapshot: withCa(false, [ca({ grantControls: { operator: 'AND', builtInControls: ['mfa', 'compliantDevice'] } })]),
      expected: [['pass', 'ca-policy']],
    },
    {
      name: 'only some apps',
      snapshot: withCa(false, [ca({ conditions: { applications: { includeApplications: ['Office365'] } } })]),
      expected: [['fail', 'not-required']],
    },
    {
      name: 'an excluded app leaves a hole',
      snapshot: withCa(false, [ca({ conditions: { applications: { includeApplications: ['All'], excludeApplications: ['x'] } } })]),
      expected: [['fail', 'not-required']],
    },
    {
      name: 'only outside trusted locations',
      snapshot: withCa(false, [ca({ conditions: { locations: { includeLocations: ['All'], excludeLocations: ['AllTrusted'] } } })]),
      expected: [['fail', 'not-required']],
    },
    {
      name: 'only legacy clients',
      snapshot: withCa(false, [ca({ conditions: { clientAppTypes: ['exchangeActiveSync'] } })]),
      expected: [['fail', 'not-required']],
    },
    {
      name: 'a group instead of all users',
      snapshot: withCa(false, [ca({ conditions: { users: { includeGroups: ['g1'] } } })]),
      expected: [['fail', 'not-required']],
    },
    { name: 'disabled policy', snapshot: withCa(false, [ca({ state: 'disabled' })]), expected: [['fail', 'not-required']] },
    {
      name: 'Conditional Access denied and defaults off',
      snapshot: withCa(false, graphDenied('graph:GET /identity/conditionalAccess/policies', 'Policy.Read.All')),
      expected: [['error', 'error.denied']],
    },
    {
      name: 'Conditional Access unlicensed and defaults off',
      snapshot: withCa(false, unlicensed('graph:GET /identity/conditionalAccess/policies', 'Policy.Read.All')),
      expected: [['error', 'error.unsupported']],
    },
    {
      name: 'defaults unreadable, no qualifying policy',
      snapshot: withCa(graphDenied('graph:GET /policies/identitySecurityDefaultsEnforcementPolicy', 'Policy.Read.All'), []),
      expected: [['error', 'error.denied']],
    },
    {
      name: 'defaults unreadable but a policy qualifies',
      snapshot: withCa(graphDenied('graph:GET /policies/identitySecurityDefaultsEnforcementPolicy', 'Policy.Read.All'), [ca()]),
      expected: [['pass', 'ca-policy']],
    },
    { name: 'defaults without isEnabled', snapshot: withCa({ ok: true, value: { id: 'sd' } }, []), expected: [['error', 'error.unknown']] },
    notTheHolder,
  ],
};
