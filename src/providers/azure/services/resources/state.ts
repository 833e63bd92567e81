/** Azure Resource Manager inventory: groups, resources and locks. No SDK imports here: checks depend on this file. */
import { inventoryKey } from '../../../../model/keys.js';
import type { ArmResource } from '../../arm-state.js';

/** `ResourceGroups.list`. */
export interface ResourceGroup extends ArmResource {
  /** Set when another resource (e.g. an AKS cluster) manages the group. */
  managedBy?: string;
  properties?: { provisioningState?: string };
}

/** `Resources.list` (the generic resource list: id, name, type, location, tags). */
export interface GenericResource extends ArmResource {
  kind?: string;
  /** Set when another resource manages this one (e.g. a disk owned by a VM scale set). */
  managedBy?: string;
}

export type LockLevel = 'CanNotDelete' | 'ReadOnly' | 'NotSpecified';

/** `ManagementLocks.listAtSubscriptionLevel`: every lock in the subscription, at any scope. */
export interface ManagementLock {
  id: string;
  name: string;
  /** `Microsoft.Authorization/locks`. */
  type: string;
  properties: {
    level: LockLevel;
    notes?: string;
  };
  /**
   * The ARM id the lock applies to (the subscription, a resource group or a resource),
   * derived from the lock id with `lockScope`.
   */
  scope: string;
}

/** The scope a lock applies to: its id up to `/providers/Microsoft.Authorization/locks/`. */
export function lockScope(lockId: string): string {
  const i = lockId.toLowerCase().lastIndexOf('/providers/microsoft.authorization/locks/');
  return i < 0 ? lockId : lockId.slice(0, i);
}

/** `ResourceGroups.list` (paged). */
export const AZURE_RESOURCE_GROUPS = inventoryKey<ResourceGroup[]>('azure.resources.groups', 'global');
/** `Resources.list` (paged): every resource in the subscription. */
export const AZURE_RESOURCES = inventoryKey<GenericResource[]>('azure.resources.all', 'global');
/** `ManagementLocks.listAtSubscriptionLevel` (paged). */
export const AZURE_LOCKS = inventoryKey<ManagementLock[]>('azure.locks', 'global');
