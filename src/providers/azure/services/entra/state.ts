/**
 * Microsoft Entra ID as read from Microsoft Graph v1.0, in Graph's wire shape (only the fields
 * named in collect.ts's shapes). Every key is tenant-wide and lives in the snapshot of the
 * tenant's first subscription (see TENANT_WIDE_SERVICE in scan.ts); no secret value is ever kept.
 */
import { inventoryKey } from '../../../../model/keys.js';

/** The tenant itself (`GET /organization`): also the marker that this snapshot holds the tenant's Entra data. */
export interface EntraOrganization {
  id: string;
  displayName?: string;
}

export interface SecurityDefaultsPolicy {
  id: string;
  isEnabled?: boolean;
}

export interface ConditionalAccessPolicy {
  id: string;
  displayName?: string;
  /** `enabled`, `disabled` or `enabledForReportingButNotEnforced` (report-only). */
  state?: string;
  conditions?: {
    users?: {
      includeUsers?: string[];
      excludeUsers?: string[];
      includeGroups?: string[];
      excludeGroups?: string[];
      includeRoles?: string[];
      excludeRoles?: string[];
    };
    applications?: { includeApplications?: string[]; excludeApplications?: string[]; includeUserActions?: string[] };
    /** `all`, `browser`, `mobileAppsAndDesktopClients`, `exchangeActiveSync`, `other`. */
    clientAppTypes?: string[];
    signInRiskLevels?: string[];
    userRiskLevels?: string[];
    platforms?: { includePlatforms?: string[]; excludePlatforms?: string[] };
    locations?: { includeLocations?: string[]; excludeLocations?: string[] };
  };
  grantControls?: {
    /** `OR`: any one control satisfies the policy; `AND`: all of them are needed. */
    operator?: string;
    builtInControls?: string[];
    authenticationStrength?: { id: string; displayName?: string };
  };
}

export interface AuthorizationPolicy {
  id: string;
  allowInvitesFrom?: string;
  guestUserRoleId?: string;
  defaultUserRolePermissions?: {
    allowedToCreateApps?: boolean;
    allowedToCreateSecurityGroups?: boolean;
    allowedToCreateTenants?: boolean;
    permissionGrantPoliciesAssigned?: string[];
  };
}

/** An active directory role assignment (`roleManagement/directory/roleAssignments`). */
export interface DirectoryRoleAssignment {
  id: string;
  principalId: string;
  roleDefinitionId: string;
  directoryScopeId?: string;
}

/** A PIM assignment schedule: `Assigned` (standing) or `Activated` (from an eligibility). */
export interface RoleAssignmentSchedule {
  id: string;
  principalId: string;
  roleDefinitionId: string;
  directoryScopeId?: string;
  assignmentType?: string;
  memberType?: string;
  scheduleInfo?: { startDateTime?: string; expiration?: { type?: string; endDateTime?: string } };
}

export interface GuestUser {
  id: string;
  displayName?: string;
  userPrincipalName?: string;
  accountEnabled?: boolean;
  createdDateTime?: string;
  externalUserState?: string;
  signInActivity?: { lastSignInDateTime?: string; lastNonInteractiveSignInDateTime?: string };
}

/** A client secret's metadata; the secret text and its hint are never read into the inventory. */
export interface AppPasswordCredential {
  keyId: string;
  displayName?: string;
  startDateTime?: string;
  endDateTime?: string;
}

/** A certificate's metadata; the key material is never read into the inventory. */
export interface AppKeyCredential {
  keyId: string;
  displayName?: string;
  type?: string;
  usage?: string;
  startDateTime?: string;
  endDateTime?: string;
}

export interface AppRegistration {
  id: string;
  appId: string;
  displayName?: string;
  passwordCredentials?: AppPasswordCredential[];
  keyCredentials?: AppKeyCredential[];
}

/**
 * A directory setting (`groupSettings`), with only the named values the checks read. A custom
 * banned password list is kept as its length, never its words.
 */
export interface DirectorySetting {
  id: string;
  displayName?: string;
  templateId?: string;
  values: Record<string, string>;
}

export const ENTRA_ORGANIZATION = inventoryKey<EntraOrganization[]>('azure.entra.organization', 'global');
export const ENTRA_SECURITY_DEFAULTS = inventoryKey<SecurityDefaultsPolicy>('azure.entra.securityDefaults', 'global');
export const ENTRA_CONDITIONAL_ACCESS = inventoryKey<ConditionalAccessPolicy[]>('azure.entra.conditionalAccessPolicies', 'global');
export const ENTRA_AUTHORIZATION_POLICY = inventoryKey<AuthorizationPolicy>('azure.entra.authorizationPolicy', 'global');
export const ENTRA_GLOBAL_ADMIN_ASSIGNMENTS = inventoryKey<DirectoryRoleAssignment[]>('azure.entra.globalAdminAssignments', 'global');
export const ENTRA_ROLE_ASSIGNMENT_SCHEDULES = inventoryKey<RoleAssignmentSchedule[]>('azure.entra.roleAssignmentSchedules', 'global');
export const ENTRA_GUEST_USERS = inventoryKey<GuestUser[]>('azure.entra.guestUsers', 'global');
export const ENTRA_APPLICATIONS = inventoryKey<AppRegistration[]>('azure.entra.applications', 'global');
export const ENTRA_DIRECTORY_SETTINGS = inventoryKey<DirectorySetting[]>('azure.entra.directorySettings', 'global');

/** Built-in role template ids (the same in every tenant), as Microsoft documents them. */
export const ROLES = {
  globalAdministrator: '62e90394-69f5-4237-9190-012177145e10',
  privilegedRoleAdministrator: 'e8611ab8-c189-46e8-94e1-60213ab1f814',
  privilegedAuthenticationAdministrator: '7be44c8a-adaf-4e2a-84d6-ab2649e08a13',
  securityAdministrator: '194ae4cb-b126-40b2-bd5b-6091b380977d',
  conditionalAccessAdministrator: 'b1be1c3e-b65d-4f19-8427-f6fa0d97feb9',
  exchangeAdministrator: '29232cdf-9323-42fd-ade2-1d097af3e4de',
  sharePointAdministrator: 'f28a1f50-f6e7-4571-818b-6a12f2af6b6c',
  userAdministrator: 'fe930be7-5e62-47db-91af-98c3a49a38b1',
  applicationAdministrator: '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3',
  cloudApplicationAdministrator: '158c047a-c907-4556-b7ef-446551a6b5f7',
  authenticationAdministrator: 'c4e39bd9-1100-46d3-8c65-fb160da0071f',
  helpdeskAdministrator: '729827e3-9c14-49f7-bb1b-9608f156bbb8',
  passwordAdministrator: '966707d0-3269-4727-9be2-8c3a10f19b9d',
  billingAdministrator: 'b0f54661-2d74-4c50-afa3-1ec803f12efe',
} as const;

/** Role template id → display name, for messages. */
export const ROLE_NAMES: Record<string, string> = {
  [ROLES.globalAdministrator]: 'Global Administrator',
  [ROLES.privilegedRoleAdministrator]: 'Privileged Role Administrator',
  [ROLES.privilegedAuthenticationAdministrator]: 'Privileged Authentication Administrator',
  [ROLES.securityAdministrator]: 'Security Administrator',
  [ROLES.conditionalAccessAdministrator]: 'Conditional Access Administrator',
  [ROLES.exchangeAdministrator]: 'Exchange Administrator',
  [ROLES.sharePointAdministrator]: 'SharePoint Administrator',
  [ROLES.userAdministrator]: 'User Administrator',
  [ROLES.applicationAdministrator]: 'Application Administrator',
  [ROLES.cloudApplicationAdministrator]: 'Cloud Application Administrator',
  [ROLES.authenticationAdministrator]: 'Authentication Administrator',
  [ROLES.helpdeskAdministrator]: 'Helpdesk Administrator',
  [ROLES.passwordAdministrator]: 'Password Administrator',
  [ROLES.billingAdministrator]: 'Billing Administrator',
};

/** Azure Resource Manager's application id: "Windows Azure Service Management API" in Conditional Access. */
export const AZURE_MANAGEMENT_APP = '797f4846-ba00-4fd7-ba43-dac1f8f63013';

/** `guestUserRoleId` values, most to least restrictive. */
export const GUEST_ROLES = {
  restricted: '2af84b1e-32c8-42b7-82bc-daa82404023b',
  limited: '10dae51f-b6af-4016-8d66-8c2a99b929b3',
  member: 'a0b1b346-4d3e-4e8b-98f8-753987be4970',
} as const;

/** Directory setting templates. */
export const SETTING_TEMPLATES = {
  passwordRules: '5cf42378-d67d-4f36-ba46-e8b86229381d',
  groupUnified: '62375ab9-6b52-47ed-826b-58e47e0e304b',
} as const;
