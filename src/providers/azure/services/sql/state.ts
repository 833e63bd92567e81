/** Azure SQL inventory shapes and keys. No SDK imports here: checks depend on this file. */
import { inventoryKey, type PerResource } from '../../../../model/keys.js';
import type { ArmResource, ArmSubResource, PrivateEndpointConnection } from '../../arm-state.js';

/** The server's Microsoft Entra administrator. */
export interface SqlEntraAdministrator {
  /** `ActiveDirectory`. */
  administratorType?: string;
  /** `User`, `Group` or `Application`. */
  principalType?: string;
  login?: string;
  sid?: string;
  tenantId?: string;
  azureADOnlyAuthentication?: boolean;
}

/** `Servers.list` with `$expand=administrators/activedirectory`, ARM wire names. */
export interface SqlServer extends ArmResource {
  properties: {
    /** `1.0`, `1.1`, `1.2`, `1.3` or `None`; absent means no minimum. */
    minimalTlsVersion?: string;
    /** `Enabled`, `Disabled` or `SecuredByPerimeter`. */
    publicNetworkAccess?: string;
    /** Absent when no Entra administrator is set. */
    administrators?: SqlEntraAdministrator;
    privateEndpointConnections?: PrivateEndpointConnection[];
  };
}

/** `ServerBlobAuditingPolicies.get` (the server's `default` policy). */
export interface SqlServerAuditing extends ArmSubResource {
  properties: {
    /** `Enabled` or `Disabled`; absent when ARM leaves it out, which the check reports as an error. */
    state?: string;
    retentionDays?: number;
    /** Audit destinations: storage, Log Analytics / Event Hubs (through diagnostic settings). */
    storageEndpoint?: string;
    isAzureMonitorTargetEnabled?: boolean;
  };
}

/** `FirewallRules.listByServer`. */
export interface SqlFirewallRule extends ArmSubResource {
  properties: {
    startIpAddress: string;
    endIpAddress: string;
  };
}

/** `Databases.listByServer`. */
export interface SqlDatabase extends ArmResource {
  kind?: string;
  properties: {
    /** e.g. `Online`, `Paused`. */
    status?: string;
  };
}

/** `TransparentDataEncryptions.get` (the database's `current` setting). */
export interface SqlTransparentDataEncryption extends ArmSubResource {
  properties: {
    /** `Enabled` or `Disabled`; absent when ARM leaves it out, which the check reports as an error. */
    state?: string;
  };
}

/** `Servers.list` (paged). */
export const AZURE_SQL_SERVERS = inventoryKey<SqlServer[]>('azure.sql.servers', 'global');
/** Per server ARM id (as listed). */
export const AZURE_SQL_AUDITING = inventoryKey<PerResource<SqlServerAuditing>>('azure.sql.auditing', 'global');
/** Per server ARM id (as listed). */
export const AZURE_SQL_FIREWALL_RULES = inventoryKey<PerResource<SqlFirewallRule[]>>('azure.sql.firewallRules', 'global');
/** Per server ARM id (as listed), every database including `master`. */
export const AZURE_SQL_DATABASES = inventoryKey<PerResource<SqlDatabase[]>>('azure.sql.databases', 'global');
/** Per database ARM id (as listed), for every user database (not `master`). */
export const AZURE_SQL_TDE = inventoryKey<PerResource<SqlTransparentDataEncryption>>('azure.sql.transparentDataEncryption', 'global');
