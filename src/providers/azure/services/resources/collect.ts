/**
 * Resource groups, the generic resource list and management locks. Each is one paged list
 * per subscription through arm-resources / arm-locks. Resource Graph would also take one
 * call for each, but adds a package and a second quota for no fewer calls.
 */
import { api } from '../../../../inventory/collector.js';
import { listCollector } from '../../collect-kit.js';
import type { AzureCollector } from '../../context.js';
import { project, type Shape, withTags } from '../../wire.js';
import {
  AZURE_LOCKS,
  AZURE_RESOURCE_GROUPS,
  AZURE_RESOURCES,
  type GenericResource,
  lockScope,
  type ManagementLock,
  type ResourceGroup,
} from './state.js';

const LIST_GROUPS = api('Microsoft.Resources/subscriptions/resourceGroups:list', 'Microsoft.Resources/subscriptions/resourceGroups/read');
const LIST_RESOURCES = api('Microsoft.Resources/subscriptions/resources:list', 'Microsoft.Resources/subscriptions/resources/read');
const LIST_LOCKS = api('Microsoft.Authorization/locks:list', 'Microsoft.Authorization/locks/read');

const GROUP: Shape<ResourceGroup> = {
  id: true,
  name: true,
  type: true,
  location: true,
  tags: true,
  managedBy: true,
  properties: { provisioningState: true },
};
const RESOURCE: Shape<GenericResource> = { id: true, name: true, type: true, location: true, tags: true, kind: true, managedBy: true };
const LOCK: Shape<Omit<ManagementLock, 'scope'>> = { id: true, name: true, type: true, properties: { level: true, notes: true } };

export const resourceCollectors = [
  listCollector(
    AZURE_RESOURCE_GROUPS,
    'resources',
    LIST_GROUPS,
    (c) => c.resourceGroups.list(),
    (g) => withTags(project(g, GROUP)),
  ),
  listCollector(
    AZURE_RESOURCES,
    'resources',
    LIST_RESOURCES,
    (c) => c.resources.list(),
    (r) => withTags(project(r, RESOURCE)),
  ),
  // At subscription level ARM returns every lock in the subscription, at any scope.
  listCollector(
    AZURE_LOCKS,
    'locks',
    LIST_LOCKS,
    (c) => c.managementLocks.listAtSubscriptionLevel(),
    (l): ManagementLock => {
      const lock = project(l, LOCK);
      return { ...lock, scope: lockScope(lock.id) };
    },
  ),
] as readonly AzureCollector<unknown>[];
