/**
 * Entra ID through Microsoft Graph v1.0 (the `graph` client: same pipeline as ARM). One call per
 * key per tenant; lists follow `@odata.nextLink`. Each API declares the least Graph application
 * permission that reads it; `annexa azure-role` lists them. Answers pass through allowlist shapes,
 * so a secret (client secret text, hint, certificate key, banned words) cannot reach a snapshot.
 */
import { type ApiSpec, api } from '../../../../inventory/collector.js';
import type { InventoryKey } from '../../../../model/keys.js';
import type { AzureCollector } from '../../context.js';
import { project, type Shape, wireGet, wireList } from '../../wire.js';
import {
  type AppRegistration,
  type AuthorizationPolicy,
  type ConditionalAccessPolicy,
  type DirectoryRoleAssignment,
  type DirectorySetting,
  ENTRA_APPLICATIONS,
  ENTRA_AUTHORIZATION_POLICY,
  ENTRA_CONDITIONAL_ACCESS,
  ENTRA_DIRECTORY_SETTINGS,
  ENTRA_GLOBAL_ADMIN_ASSIGNMENTS,
  ENTRA_GUEST_USERS,
  ENTRA_ORGANIZATION,
  ENTRA_ROLE_ASSIGNMENT_SCHEDULES,
  ENTRA_SECURITY_DEFAULTS,
  type EntraOrganization,
  type GuestUser,
  ROLES,
  type RoleAssignmentSchedule,
  type SecurityDefaultsPolicy,
} from './state.js';

export const GRAPH_APIS = {
  organization: api('graph:GET /organization', 'Organization.Read.All'),
  securityDefaults: api('graph:GET /policies/identitySecurityDefaultsEnforcementPolicy', 'Policy.Read.All'),
  conditionalAccess: api('graph:GET /identity/conditionalAccess/policies', 'Policy.Read.All'),
  authorizationPolicy: api('graph:GET /policies/authorizationPolicy', 'Policy.Read.All'),
  roleAssignments: api('graph:GET /roleManagement/directory/roleAssignments', 'RoleManagement.Read.Directory'),
  roleAssignmentSchedules: api('graph:GET /roleManagement/directory/roleAssignmentSchedules', 'RoleManagement.Read.Directory'),
  // signInActivity needs AuditLog.Read.All besides User.Read.All, and an Entra ID P1 licence.
  guestUsers: api('graph:GET /users', 'User.Read.All', 'AuditLog.Read.All'),
  applications: api('graph:GET /applications', 'Application.Read.All'),
  directorySettings: api('graph:GET /groupSettings', 'Directory.Read.All'),
} as const;

const ORGANIZATION: Shape<EntraOrganization> = { id: true, displayName: true };
const SECURITY_DEFAULTS: Shape<SecurityDefaultsPolicy> = { id: true, isEnabled: true };
const CONDITIONAL_ACCESS: Shape<ConditionalAccessPolicy> = {
  id: true,
  displayName: true,
  state: true,
  conditions: {
    users: {
      includeUsers: true,
      excludeUsers: true,
      includeGroups: true,
      excludeGroups: true,
      includeRoles: true,
      excludeRoles: true,
    },
    applications: { includeApplications: true, excludeApplications: true, includeUserActions: true },
    clientAppTypes: true,
    signInRiskLevels: true,
    userRiskLevels: true,
    platforms: { includePlatforms: true, excludePlatforms: true },
    locations: { includeLocations: true, excludeLocations: true },
  },
  grantControls: { operator: true, builtInControls: true, authenticationStrength: { id: true, displayName: true } },
};
const AUTHORIZATION: Shape<AuthorizationPolicy> = {
  id: true,
  allowInvitesFrom: true,
  guestUserRoleId: true,
  defaultUserRolePermissions: {
    allowedToCreateApps: true,
    allowedToCreateSecurityGroups: true,
    allowedToCreateTenants: true,
    permissionGrantPoliciesAssigned: true,
  },
};
const ASSIGNMENT: Shape<DirectoryRoleAssignment> = { id: true, principalId: true, roleDefinitionId: true, directoryScopeId: true };
const SCHEDULE: Shape<RoleAssignmentSchedule> = {
  id: true,
  principalId: true,
  roleDefinitionId: true,
  directoryScopeId: true,
  assignmentType: true,
  memberType: true,
  scheduleInfo: { startDateTime: true, expiration: { type: true, endDateTime: true } },
};
const GUEST: Shape<GuestUser> = {
  id: true,
  displayName: true,
  userPrincipalName: true,
  accountEnabled: true,
  createdDateTime: true,
  externalUserState: true,
  signInActivity: { lastSignInDateTime: true, lastNonInteractiveSignInDateTime: true },
};
// passwordCredentials also carry `secretText` (only on creation) and `hint`; keyCredentials carry `key`. None is named here.
const APPLICATION: Shape<AppRegistration> = {
  id: true,
  appId: true,
  displayName: true,
  passwordCredentials: { keyId: true, displayName: true, startDateTime: true, endDateTime: true },
  keyCredentials: { keyId: true, displayName: true, type: true, usage: true, startDateTime: true, endDateTime: true },
};

/** Setting values the checks read; everything else in a directory setting is dropped. */
const SETTING_VALUES = new Set([
  'EnableBannedPasswordCheck',
  'EnableBannedPasswordCheckOnPremises',
  'BannedPasswordCheckOnPremisesMode',
  'LockoutThreshold',
  'LockoutDurationInSeconds',
  'EnableGroupCreation',
]);

function toSetting(raw: unknown): DirectorySetting {
  const s = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const values: Record<string, string> = {};
  for (const v of Array.isArray(s.values) ? s.values : []) {
    const { name, value } = (v ?? {}) as { name?: unknown; value?: unknown };
    if (typeof name !== 'string' || typeof value !== 'string') continue;
    if (SETTING_VALUES.has(name)) values[name] = value;
    // The custom banned words are the organisation's own guessable terms: only how many there are is kept.
    if (name === 'BannedPasswordList') values.bannedPasswordCount = String(value.split(/[\t\n,]+/).filter((w) => w.trim()).length);
  }
  return {
    id: String(s.id),
    ...(typeof s.displayName === 'string' ? { displayName: s.displayName } : {}),
    ...(typeof s.templateId === 'string' ? { templateId: s.templateId } : {}),
    values,
  };
}

/** A Graph collection, every page. */
function graphList<T>(key: InventoryKey<T[]>, spec: ApiSpec, path: string, toItem: (raw: unknown) => T): AzureCollector<T[]> {
  return {
    key,
    service: 'graph',
    apis: [spec],
    async collect(ctx) {
      const graph = await ctx.client('graph');
      return (await wireList(ctx, spec, () => graph.list(path))).map(toItem);
    },
  };
}

/** A Graph singleton (one policy object). */
function graphObject<T>(key: InventoryKey<T>, spec: ApiSpec, path: string, shape: Shape<T>): AzureCollector<T> {
  return {
    key,
    service: 'graph',
    apis: [spec],
    async collect(ctx) {
      const graph = await ctx.client('graph');
      return project(await ctx.call(spec, () => wireGet(() => graph.get(path))), shape);
    },
  };
}

const A = GRAPH_APIS;
const select = (fields: string): string => `$select=${fields}`;

export const entraCollectors = [
  graphList(ENTRA_ORGANIZATION, A.organization, `/organization?${select('id,displayName')}`, (r) => project(r, ORGANIZATION)),
  graphObject(ENTRA_SECURITY_DEFAULTS, A.securityDefaults, '/policies/identitySecurityDefaultsEnforcementPolicy', SECURITY_DEFAULTS),
  graphList(ENTRA_CONDITIONAL_ACCESS, A.conditionalAccess, '/identity/conditionalAccess/policies', (r) => project(r, CONDITIONAL_ACCESS)),
  graphObject(ENTRA_AUTHORIZATION_POLICY, A.authorizationPolicy, '/policies/authorizationPolicy', AUTHORIZATION),
  graphList(
    ENTRA_GLOBAL_ADMIN_ASSIGNMENTS,
    A.roleAssignments,
    `/roleManagement/directory/roleAssignments?$filter=roleDefinitionId eq '${ROLES.globalAdministrator}'`,
    (r) => project(r, ASSIGNMENT),
  ),
  graphList(ENTRA_ROLE_ASSIGNMENT_SCHEDULES, A.roleAssignmentSchedules, '/roleManagement/directory/roleAssignmentSchedules', (r) =>
    project(r, SCHEDULE),
  ),
  graphList(
    ENTRA_GUEST_USERS,
    A.guestUsers,
    `/users?$filter=userType eq 'Guest'&${select('id,displayName,userPrincipalName,accountEnabled,createdDateTime,externalUserState,signInActivity')}`,
    (r) => project(r, GUEST),
  ),
  graphList(ENTRA_APPLICATIONS, A.applications, `/applications?${select('id,appId,displayName,passwordCredentials,keyCredentials')}`, (r) =>
    project(r, APPLICATION),
  ),
  graphList(ENTRA_DIRECTORY_SETTINGS, A.directorySettings, '/groupSettings', toSetting),
] as readonly AzureCollector<unknown>[];
