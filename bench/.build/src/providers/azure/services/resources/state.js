/** Azure Resource Manager inventory: groups, resources and locks. No SDK imports here: checks depend on this file. */
import { inventoryKey } from '../../../../model/keys.js';
/** The scope a lock applies to: its id up to `/providers/Microsoft.Authorization/locks/`. */
export function lockScope(lockId) {
  const i = lockId.toLowerCase().lastIndexOf('/providers/microsoft.authorization/locks/');
  return i < 0 ? lockId : lockId.slice(0, i);
}
/** `ResourceGroups.list` (paged). */
export const AZURE_RESOURCE_GROUPS = inventoryKey('azure.resources.groups', 'global');
/** `Resources.list` (paged): every resource in the subscription. */
export const AZURE_RESOURCES = inventoryKey('azure.resources.all', 'global');
/** `ManagementLocks.listAtSubscriptionLevel` (paged). */
export const AZURE_LOCKS = inventoryKey('azure.locks', 'global');
