import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { ca, graphDenied, notTheHolder, withCa } from '../entra.fixtures.js';
import { ADMIN_ROLES, entraMfaAdminsRequired as check } from './azure.entra.mfa-admins-required.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'security defaults on', snapshot: withCa(true, []), expected: [['pass', 'security-defaults']] },
    { name: 'all users covers every role', snapshot: withCa(false, [ca()]), expected: [['pass', 'ca-policy']] },
    {
      name: 'two policies together cover every role',
      snapshot: withCa(false, [
        ca({ conditions: { users: { includeRoles: ADMIN_ROLES.slice(0, 5) } } }),
        ca({ conditions: { users: { includeRoles: ADMIN_ROLES.slice(5) } } }),
      ]),
      expected: [['pass', 'ca-policy']],
    },
    {
      name: 'Global Administrator excluded',
      snapshot: withCa(false, [
        ca({ conditions: { users: { includeUsers: ['All'], excludeRoles: ['62e90394-69f5-4237-9190-012177145e10'] } } }),
      ]),
      expected: [['fail', 'roles-uncovered']],
    },
    {
      name: 'the admin policy is report-only',
      snapshot: withCa(false, [ca({ state: 'enabledForReportingButNotEnforced', conditions: { users: { includeRoles: ADMIN_ROLES } } })]),
      expected: [['fail', 'roles-uncovered']],
    },
    {
      name: 'Conditional Access denied',
      snapshot: withCa(false, graphDenied('graph:GET /identity/conditionalAccess/policies', 'Policy.Read.All')),
      expected: [['error', 'error.denied']],
    },
    {
      name: 'defaults unreadable, roles uncovered',
      snapshot: withCa(graphDenied('graph:GET /policies/identitySecurityDefaultsEnforcementPolicy', 'Policy.Read.All'), []),
      expected: [['error', 'error.denied']],
    },
    notTheHolder,
  ],
};
