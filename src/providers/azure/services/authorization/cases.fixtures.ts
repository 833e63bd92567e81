/** Builders for the authorization case tables. */
import { SUB } from '../../service-kit/cases.fixtures.js';
import {
  type ClassicAdministrator,
  type CustomRole,
  OWNER_ROLE,
  ROLE_ASSIGNMENT,
  type RoleAssignment,
  USER_ACCESS_ADMIN_ROLE,
} from './state.js';

let n = 0;
export function assignment(role: string, scope: string = SUB, principalType = 'User'): RoleAssignment {
  n++;
  return {
    id: `${scope === '/' ? '' : scope}/providers/${ROLE_ASSIGNMENT}/ra-${n}`,
    name: `ra-${n}`,
    type: ROLE_ASSIGNMENT,
    properties: {
      roleDefinitionId: `${SUB}/providers/Microsoft.Authorization/roleDefinitions/${role}`,
      principalId: `p-${n}`,
      principalType,
      scope,
    },
  };
}
export const owners = (count: number, scope = SUB) => Array.from({ length: count }, () => assignment(OWNER_ROLE, scope));
export const rootUaa = () => assignment(USER_ACCESS_ADMIN_ROLE, '/');

export function role(name: string, actions: string[], scopes: string[] = [SUB]): CustomRole {
  return {
    id: `${SUB}/providers/Microsoft.Authorization/roleDefinitions/${name}`,
    name,
    type: 'Microsoft.Authorization/roleDefinitions',
    properties: { roleName: name, type: 'CustomRole', permissions: [{ actions }], assignableScopes: scopes },
  };
}

export const classic = (role: string): ClassicAdministrator => ({
  id: `${SUB}/providers/Microsoft.Authorization/classicAdministrators/${role}`,
  name: role,
  type: 'Microsoft.Authorization/classicAdministrators',
  properties: { role },
});
