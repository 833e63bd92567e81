/** Container registry state: ARM wire names, trimmed to what the checks read. No SDK imports. */
import { inventoryKey } from '../../../../model/keys.js';
import type { ArmResource } from '../../arm-state.js';

export const REGISTRY = 'Microsoft.ContainerRegistry/registries';

/** `GET /subscriptions/{id}/providers/Microsoft.ContainerRegistry/registries`. */
export interface ContainerRegistry extends ArmResource {
  /** `Basic`, `Standard` or `Premium`; firewall rules, private endpoints and content trust need Premium. */
  sku?: { name?: string };
  properties: {
    adminUserEnabled?: boolean;
    /** `Enabled` or `Disabled`; absent means Enabled. */
    publicNetworkAccess?: string;
    /** Premium only; `Allow` or `Deny`. */
    networkRuleSet?: { defaultAction?: string; ipRules?: { value: string }[] };
    policies?: { trustPolicy?: { status?: string }; quarantinePolicy?: { status?: string } };
    anonymousPullEnabled?: boolean;
  };
}

export const AZURE_REGISTRIES = inventoryKey<ContainerRegistry[]>('azure.containerregistry.registries', 'global');
