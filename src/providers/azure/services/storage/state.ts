/** Azure Storage inventory shapes and keys. No SDK imports here: checks depend on this file. */
import { inventoryKey, type PerResource } from '../../../../model/keys.js';
import type { ArmResource, PrivateEndpointConnection } from '../../arm-state.js';

/** `StorageAccounts.list`, ARM wire names (the SDK's `enableHttpsTrafficOnly` is `supportsHttpsTrafficOnly`, its `networkRuleSet` is `networkAcls`). */
export interface StorageAccount extends ArmResource {
  /** `StorageV2`, `Storage`, `BlobStorage`, `BlockBlobStorage` or `FileStorage`. */
  kind: string;
  properties: {
    supportsHttpsTrafficOnly?: boolean;
    /** `TLS1_0`, `TLS1_1`, `TLS1_2` or `TLS1_3`; absent on old accounts means TLS 1.0 is accepted. */
    minimumTlsVersion?: string;
    /** Absent on accounts created before the setting existed, which means allowed. */
    allowBlobPublicAccess?: boolean;
    /** Absent means allowed (ARM's default is true). */
    allowSharedKeyAccess?: boolean;
    encryption?: {
      /** `Microsoft.Storage` (platform-managed keys) or `Microsoft.Keyvault` (customer-managed). */
      keySource?: string;
      requireInfrastructureEncryption?: boolean;
      keyvaultproperties?: { keyname?: string; keyvaulturi?: string; keyversion?: string };
    };
    networkAcls?: {
      /** `Allow` or `Deny`. */
      defaultAction?: string;
      bypass?: string;
      ipRules?: { value: string; action?: string }[];
      virtualNetworkRules?: { id: string; action?: string }[];
    };
    privateEndpointConnections?: PrivateEndpointConnection[];
    /** `Enabled`, `Disabled` or `SecuredByPerimeter`. */
    publicNetworkAccess?: string;
  };
}

export interface RetentionPolicy {
  enabled?: boolean;
  days?: number;
}

/** `BlobServices.getServiceProperties` (the account's single `default` blob service). */
export interface BlobServiceProperties {
  id: string;
  name: string;
  type: string;
  properties: {
    deleteRetentionPolicy?: RetentionPolicy;
    containerDeleteRetentionPolicy?: RetentionPolicy;
  };
}

/** `StorageAccounts.list` (paged). */
export const AZURE_STORAGE_ACCOUNTS = inventoryKey<StorageAccount[]>('azure.storage.accounts', 'global');
/**
 * Per storage account ARM id (as listed), one call each. Accounts without a blob service
 * (`FileStorage`) are left out.
 */
export const AZURE_STORAGE_BLOB_SERVICES = inventoryKey<PerResource<BlobServiceProperties>>('azure.storage.blobServices', 'global');
