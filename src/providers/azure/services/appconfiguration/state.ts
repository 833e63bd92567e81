/** App Configuration store state: ARM wire names, trimmed to what the checks read. No SDK imports. */
import { inventoryKey } from '../../../../model/keys.js';
import type { ArmResource, PrivateEndpointConnection } from '../../arm-state.js';

export const CONFIG_STORE = 'Microsoft.AppConfiguration/configurationStores';

/** `GET /subscriptions/{id}/providers/Microsoft.AppConfiguration/configurationStores`. */
export interface ConfigurationStore extends ArmResource {
  /** `free`, `developer`, `standard` or `premium`. */
  sku?: { name?: string };
  properties: {
    /** True: access keys are refused and only Entra ID tokens authenticate. Absent means false. */
    disableLocalAuth?: boolean;
    /**
     * `Enabled`, `Disabled` or `SecuredByPerimeter`; null ("Automatic") means enabled until the store
     * has a private endpoint, disabled from then on.
     */
    publicNetworkAccess?: string;
    /** Soft-deleted stores cannot be purged before the retention ends. Absent means false. */
    enablePurgeProtection?: boolean;
    softDeleteRetentionInDays?: number;
    privateEndpointConnections?: PrivateEndpointConnection[];
  };
}

/** The list API and its RBAC read action, named when an answer lacks a field the checks need. */
export const CONFIG_STORE_LIST = { api: `${CONFIG_STORE}:list`, action: `${CONFIG_STORE}/read` } as const;

export const AZURE_CONFIG_STORES = inventoryKey<ConfigurationStore[]>('azure.appconfiguration.stores', 'global');
