/** Cosmos DB account state: ARM wire names, trimmed to what the checks read. No SDK imports. */
import { inventoryKey } from '../../../../model/keys.js';
import type { ArmResource, PrivateEndpointConnection } from '../../arm-state.js';

export const COSMOS_ACCOUNT = 'Microsoft.DocumentDB/databaseAccounts';

/** `GET /subscriptions/{id}/providers/Microsoft.DocumentDB/databaseAccounts`. */
export interface CosmosAccount extends ArmResource {
  kind?: string;
  properties: {
    /** `Enabled`, `Disabled` or `SecuredByPerimeter`; absent means Enabled. */
    publicNetworkAccess?: string;
    isVirtualNetworkFilterEnabled?: boolean;
    ipRules?: { ipAddressOrRange: string }[];
    virtualNetworkRules?: { id: string }[];
    privateEndpointConnections?: PrivateEndpointConnection[];
    /** True: only Entra ID (RBAC) data-plane access, no account keys. */
    disableLocalAuth?: boolean;
    /** Set when the account is encrypted with a customer-managed key. */
    keyVaultKeyUri?: string;
    /** `Tls`, `Tls11`, `Tls12`. */
    minimalTlsVersion?: string;
    disableKeyBasedMetadataWriteAccess?: boolean;
  };
}

export const AZURE_COSMOS_ACCOUNTS = inventoryKey<CosmosAccount[]>('azure.cosmosdb.accounts', 'global');
