/**
 * The demo tenant (Acme Corp): some settings right, some wrong, and one key unreadable because
 * the demo scanner was not granted AuditLog.Read.All (so the stale-guest check is an error naming it).
 */
import { DEMO_TENANT } from '../../../../../demo/azure/ids.js';
import { graphDenied, graphPages, graphRoute, type ReplayRoutes } from '../../replay.js';
import { AZURE_MANAGEMENT_APP, GUEST_ROLES, ROLE_NAMES, ROLES, SETTING_TEMPLATES } from './state.js';

const ALL_APPS = { includeApplications: ['All'] };
const BREAK_GLASS = '5d1f0c3a-7e2b-4c9d-8a6f-1b3e5c7d9f01';
const principal = (n: number): string => `a1b2c3d4-0000-4000-8000-00000000000${n}`;

function policy(displayName: string, state: string, conditions: object, grantControls: object): Record<string, unknown> {
  return {
    id: `ca-${displayName.toLowerCase().replace(/\W+/g, '-')}`,
    displayName,
    state,
    conditions,
    grantControls,
    createdDateTime: '2026-01-10T08:00:00Z',
  };
}

export const demoEntra: ReplayRoutes = {
  [graphRoute('/organization')]: { body: { value: [{ id: DEMO_TENANT, displayName: 'Acme Corp', tenantType: 'AAD' }] } },
  [graphRoute('/policies/identitySecurityDefaultsEnforcementPolicy')]: {
    body: { id: '00000000-0000-0000-0000-000000000005', displayName: 'Security Defaults', isEnabled: false },
  },
  [graphRoute('/identity/conditionalAccess/policies')]: graphPages(
    [
      policy(
        'Require MFA for administrators',
        'enabled',
        { users: { includeRoles: Object.keys(ROLE_NAMES), excludeUsers: [BREAK_GLASS] }, applications: ALL_APPS, clientAppTypes: ['all'] },
        { operator: 'OR', builtInControls: ['mfa'] },
      ),
      // Report-only: it would require MFA of everyone, but enforces nothing.
      policy(
        'Require MFA for all users',
        'enabledForReportingButNotEnforced',
        { users: { includeUsers: ['All'] }, applications: ALL_APPS, clientAppTypes: ['all'] },
        { operator: 'OR', builtInControls: ['mfa'] },
      ),
      policy(
        'Block legacy authentication',
        'enabled',
        {
          users: { includeUsers: ['All'], excludeUsers: [BREAK_GLASS] },
          applications: ALL_APPS,
          clientAppTypes: ['exchangeActiveSync', 'other'],
        },
        { operator: 'OR', builtInControls: ['block'] },
      ),
    ],
    [
      // OR with a compliant device: a managed laptop reaches Azure management without MFA.
      policy(
        'Azure management',
        'enabled',
        { users: { includeUsers: ['All'] }, applications: { includeApplications: [AZURE_MANAGEMENT_APP] }, clientAppTypes: ['all'] },
        { operator: 'OR', builtInControls: ['mfa', 'compliantDevice'] },
      ),
      policy(
        'Risky sign-ins',
        'enabled',
        { users: { includeUsers: ['All'] }, applications: ALL_APPS, clientAppTypes: ['all'], signInRiskLevels: ['high', 'medium'] },
        { operator: 'OR', builtInControls: ['mfa'] },
      ),
    ],
  ),
  [graphRoute('/policies/authorizationPolicy')]: {
    body: {
      id: 'authorizationPolicy',
      allowInvitesFrom: 'adminsAndGuestInviters',
      blockMsolPowerShell: true,
      guestUserRoleId: GUEST_ROLES.limited,
      defaultUserRolePermissions: {
        allowedToCreateApps: false,
        allowedToCreateSecurityGroups: false,
        allowedToCreateTenants: true,
        allowedToReadOtherUsers: true,
        permissionGrantPoliciesAssigned: ['ManagePermissionGrantsForSelf.microsoft-user-default-low'],
      },
    },
  },
  [graphRoute('/roleManagement/directory/roleAssignments')]: graphPages(
    [1, 2, 3, 4, 5].map((n) => ({
      id: `ga-${n}`,
      principalId: principal(n),
      roleDefinitionId: ROLES.globalAdministrator,
      directoryScopeId: '/',
    })),
  ),
  [graphRoute('/roleManagement/directory/roleAssignmentSchedules')]: graphPages([
    {
      id: 'sched-1',
      principalId: BREAK_GLASS,
      roleDefinitionId: ROLES.globalAdministrator,
      directoryScopeId: '/',
      assignmentType: 'Assigned',
      memberType: 'Direct',
      scheduleInfo: { startDateTime: '2025-03-01T00:00:00Z', expiration: { type: 'noExpiration' } },
    },
    {
      id: 'sched-2',
      principalId: principal(2),
      roleDefinitionId: ROLES.securityAdministrator,
      directoryScopeId: '/',
      assignmentType: 'Activated',
      memberType: 'Direct',
      scheduleInfo: { startDateTime: '2026-11-20T07:00:00Z', expiration: { type: 'afterDateTime', endDateTime: '2026-11-20T15:00:00Z' } },
    },
  ]),
  // The demo scanner lacks AuditLog.Read.All: Graph refuses signInActivity.
  [graphRoute('/users')]: graphDenied(),
  [graphRoute('/applications')]: graphPages(
    [
      {
        id: 'app-obj-1',
        appId: 'c0ffee00-1111-4222-8333-444455556666',
        displayName: 'payments-api',
        passwordCredentials: [
          {
            keyId: 'k-1',
            displayName: 'ci',
            hint: 'Abc',
            secretText: null,
            startDateTime: '2025-06-01T00:00:00Z',
            endDateTime: '2027-06-01T00:00:00Z',
          },
        ],
        keyCredentials: [],
      },
    ],
    [
      {
        id: 'app-obj-2',
        appId: 'c0ffee00-2222-4333-8444-555566667777',
        displayName: 'intranet-sso',
        passwordCredentials: [{ keyId: 'k-2', startDateTime: '2026-08-01T00:00:00Z', endDateTime: '2027-02-01T00:00:00Z' }],
        keyCredentials: [
          {
            keyId: 'k-3',
            type: 'AsymmetricX509Cert',
            usage: 'Verify',
            key: 'MIIC…',
            startDateTime: '2026-01-01T00:00:00Z',
            endDateTime: '2026-12-01T00:00:00Z',
          },
        ],
      },
    ],
  ),
  [graphRoute('/groupSettings')]: graphPages([
    {
      id: 'setting-1',
      displayName: 'Password Rule Settings',
      templateId: SETTING_TEMPLATES.passwordRules,
      values: [
        { name: 'BannedPasswordCheckOnPremisesMode', value: 'Enforce' },
        { name: 'EnableBannedPasswordCheckOnPremises', value: 'True' },
        { name: 'EnableBannedPasswordCheck', value: 'True' },
        { name: 'LockoutDurationInSeconds', value: '60' },
        { name: 'LockoutThreshold', value: '10' },
        { name: 'BannedPasswordList', value: 'acme\tacmecorp\troadrunner' },
      ],
    },
    {
      id: 'setting-2',
      displayName: 'Group.Unified',
      templateId: SETTING_TEMPLATES.groupUnified,
      values: [{ name: 'EnableGroupCreation', value: 'true' }],
    },
  ]),
};
