/** Azure SQL inventory shapes and keys. No SDK imports here: checks depend on this file. */
import { inventoryKey } from '../../../../model/keys.js';
/** `Servers.list` (paged). */
export const AZURE_SQL_SERVERS = inventoryKey('azure.sql.servers', 'global');
/** Per server ARM id (as listed). */
export const AZURE_SQL_AUDITING = inventoryKey('azure.sql.auditing', 'global');
/** Per server ARM id (as listed). */
export const AZURE_SQL_FIREWALL_RULES = inventoryKey('azure.sql.firewallRules', 'global');
/** Per server ARM id (as listed), every database including `master`. */
export const AZURE_SQL_DATABASES = inventoryKey('azure.sql.databases', 'global');
/** Per database ARM id (as listed), for every user database (not `master`). */
export const AZURE_SQL_TDE = inventoryKey('azure.sql.transparentDataEncryption', 'global');
