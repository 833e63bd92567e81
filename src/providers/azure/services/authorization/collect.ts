/** Role assignments, custom roles and classic administrators of the subscription through the generic ARM client. */

import { listCollector } from '../../collect-kit.js';
import type { AzureCollector } from '../../context.js';
import { listApi } from '../../service-kit/collect.js';
import { project, type Shape } from '../../wire.js';
import {
  AZURE_CLASSIC_ADMINS,
  AZURE_CUSTOM_ROLES,
  AZURE_ROLE_ASSIGNMENTS,
  CLASSIC_ADMIN,
  type ClassicAdministrator,
  type CustomRole,
  ROLE_ASSIGNMENT,
  ROLE_DEFINITION,
  type RoleAssignment,
} from './state.js';

const ASSIGNMENT_SHAPE: Shape<RoleAssignment> = {
  id: true,
  name: true,
  type: true,
  properties: { roleDefinitionId: true, principalId: true, principalType: true, scope: true },
};
const ROLE_SHAPE: Shape<CustomRole> = {
  id: true,
  name: true,
  type: true,
  properties: { roleName: true, type: true, permissions: { actions: true }, assignableScopes: true },
};
const CLASSIC_SHAPE: Shape<ClassicAdministrator> = { id: true, name: true, type: true, properties: { role: true } };

/** A list at `/subscriptions/{id}/providers/{type}` with a query (ARM filters server-side). */
function filtered<T>(key: Parameters<typeof listCollector<T, 'arm'>>[0], type: string, query: string, version: string, shape: Shape<T>) {
  return listCollector(
    key,
    'arm',
    listApi(type),
    (c, ctx) => c.list(`/subscriptions/${ctx.subscriptionId}/providers/${type}${query}`, version),
    (raw) => project(raw, shape),
  );
}

export const authorizationCollectors = [
  // atScope(): only assignments at the subscription or inherited from above, not every resource-level one below it.
  filtered(AZURE_ROLE_ASSIGNMENTS, ROLE_ASSIGNMENT, '?$filter=atScope()', '2022-04-01', ASSIGNMENT_SHAPE),
  filtered(AZURE_CUSTOM_ROLES, ROLE_DEFINITION, "?$filter=type%20eq%20'CustomRole'", '2022-04-01', ROLE_SHAPE),
  filtered(AZURE_CLASSIC_ADMINS, CLASSIC_ADMIN, '', '2015-07-01', CLASSIC_SHAPE),
] as readonly AzureCollector<unknown>[];
