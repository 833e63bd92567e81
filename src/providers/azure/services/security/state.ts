/** Microsoft Defender for Cloud inventory shapes and keys. No SDK imports here: checks depend on this file. */
import { inventoryKey } from '../../../../model/keys.js';
import type { ArmSubResource } from '../../arm-state.js';

/** `Pricings.list`: one entry per Defender plan, e.g. `VirtualMachines`, `StorageAccounts`, `SqlServers`, `KeyVaults`. */
export interface DefenderPricing extends ArmSubResource {
  properties: {
    /** `Standard` (the plan is on) or `Free`; absent when ARM leaves it out, which the check reports as an error. */
    pricingTier?: string;
    subPlan?: string;
    /** True for retired plans (ContainerRegistry, KubernetesService, Dns), which can no longer be enabled. */
    deprecated?: boolean;
  };
}

/**
 * `SecurityContacts.list`, in the 2020-01-01-preview shape. Collectors on other API versions
 * map onto it: 2017-08-01-preview `email` → `emails`, `alertNotifications: 'On'` →
 * `{ state: 'On' }`, `alertsToAdmins: 'On'` → `notificationsByRole: { state: 'On', roles: ['Owner'] }`;
 * 2023-12-01-preview `isEnabled` with an `Alert` notification source → `alertNotifications`.
 */
export interface SecurityContact extends ArmSubResource {
  properties: {
    /** Semicolon-separated addresses. */
    emails?: string;
    phone?: string;
    alertNotifications?: {
      /** `On` or `Off`. */
      state?: string;
      /** `High`, `Medium` or `Low`. */
      minimalSeverity?: string;
    };
    notificationsByRole?: {
      state?: string;
      /** `Owner`, `Contributor`, `ServiceAdmin`, `AccountAdmin`. */
      roles?: string[];
    };
  };
}

/** `Pricings.list` (one page). */
export const AZURE_DEFENDER_PRICINGS = inventoryKey<DefenderPricing[]>('azure.security.pricings', 'global');
/** `SecurityContacts.list` (paged). */
export const AZURE_SECURITY_CONTACTS = inventoryKey<SecurityContact[]>('azure.security.contacts', 'global');
