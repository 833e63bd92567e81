/** Azure RBAC state at subscription scope: role assignments, custom roles, classic administrators. No SDK imports. */
import { inventoryKey } from '../../../../model/keys.js';
import type { ArmSubResource } from '../../arm-state.js';

export const ROLE_ASSIGNMENT = 'Microsoft.Authorization/roleAssignments';
export const ROLE_DEFINITION = 'Microsoft.Authorization/roleDefinitions';
export const CLASSIC_ADMIN = 'Microsoft.Authorization/classicAdministrators';

/** Built-in role definition ids (the same in every tenant). */
export const OWNER_ROLE = '8e3af657-a8ff-443c-a75c-2fe8c4bcb635';
export const USER_ACCESS_ADMIN_ROLE = '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9';
/** Reader, used by the demo estate. */
export const READER_ROLE_FOR_DEMO = 'acdd72a7-3385-48ef-bd42-f606fba81ae7';

/** `roleAssignments?$filter=atScope()`: assignments at the subscription and the scopes above it. */
export interface RoleAssignment extends ArmSubResource {
  properties: {
    roleDefinitionId: string;
    principalId: string;
    /** `User`, `Group`, `ServicePrincipal`, `ForeignGroup`, `Device`. */
    principalType?: string;
    /** `/`, a management group, or the subscription. */
    scope: string;
  };
}

/** `roleDefinitions?$filter=type eq 'CustomRole'`. */
export interface CustomRole extends ArmSubResource {
  properties: { roleName: string; type?: string; permissions?: { actions?: string[] }[]; assignableScopes?: string[] };
}

/** `classicAdministrators` (API 2015-07-01): the role only; e-mail addresses are not kept. */
export interface ClassicAdministrator extends ArmSubResource {
  properties: { role?: string };
}

export const AZURE_ROLE_ASSIGNMENTS = inventoryKey<RoleAssignment[]>('azure.authorization.roleAssignments', 'global');
export const AZURE_CUSTOM_ROLES = inventoryKey<CustomRole[]>('azure.authorization.customRoles', 'global');
export const AZURE_CLASSIC_ADMINS = inventoryKey<ClassicAdministrator[]>('azure.authorization.classicAdministrators', 'global');

/** The role definition GUID at the end of a role definition id. */
export function roleGuid(roleDefinitionId: string): string {
  return (roleDefinitionId.split('/').pop() ?? '').toLowerCase();
}
