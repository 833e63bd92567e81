/** Azure Key Vault inventory shapes and keys (management plane only). No SDK imports here: checks depend on this file. */
import { inventoryKey, type PerResource } from '../../../../model/keys.js';
import type { ArmResource, ArmSubResource, PrivateEndpointConnection } from '../../arm-state.js';

export interface AccessPolicy {
  tenantId: string;
  objectId: string;
  applicationId?: string;
  /** Lower-case or camel-case permission names as ARM returns them, e.g. `get`, `list`, `all`, `Purge`. */
  permissions: {
    keys?: string[];
    secrets?: string[];
    certificates?: string[];
    storage?: string[];
  };
}

/** `Vaults.listBySubscription`, ARM wire names. */
export interface KeyVault extends ArmResource {
  properties: {
    tenantId: string;
    /** Often absent: soft delete is on by default (since 2020) and can no longer be turned off, so absent means on. */
    enableSoftDelete?: boolean;
    softDeleteRetentionInDays?: number;
    /** Absent means off. Once on it cannot be turned off. */
    enablePurgeProtection?: boolean;
    /** Absent means access policies govern the data plane. */
    enableRbacAuthorization?: boolean;
    accessPolicies?: AccessPolicy[];
    /** `Enabled` or `Disabled`; absent means enabled. */
    publicNetworkAccess?: string;
    networkAcls?: {
      /** `Allow` or `Deny`. */
      defaultAction?: string;
      bypass?: string;
      ipRules?: { value: string }[];
      virtualNetworkRules?: { id: string }[];
    };
    privateEndpointConnections?: PrivateEndpointConnection[];
  };
}

/** Key or secret attributes. The collector turns ARM's unix-second `exp`/`nbf` into ISO strings. */
export interface VaultItemAttributes {
  enabled?: boolean;
  /** ISO time; absent means the item never expires. */
  expires?: string;
  notBefore?: string;
}

/** `Keys.list` (management plane): metadata only. */
export interface VaultKey extends ArmSubResource {
  properties: {
    attributes?: VaultItemAttributes;
    /** e.g. `RSA`, `EC`, `RSA-HSM`. */
    kty?: string;
  };
}

/** `Secrets.list` (management plane): metadata only. The value is never fetched or stored. */
export interface VaultSecret extends ArmSubResource {
  properties: {
    attributes?: VaultItemAttributes;
    contentType?: string;
  };
}

/** `Vaults.listBySubscription` (paged). */
export const AZURE_KEY_VAULTS = inventoryKey<KeyVault[]>('azure.keyvault.vaults', 'global');
/** Per vault ARM id (as listed): `Keys.list` (paged). */
export const AZURE_KEY_VAULT_KEYS = inventoryKey<PerResource<VaultKey[]>>('azure.keyvault.keys', 'global');
/** Per vault ARM id (as listed): `Secrets.list` (paged). */
export const AZURE_KEY_VAULT_SECRETS = inventoryKey<PerResource<VaultSecret[]>>('azure.keyvault.secrets', 'global');
