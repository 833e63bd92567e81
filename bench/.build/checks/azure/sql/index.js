import { sqlAuditingEnabled } from './azure.sql.auditing-enabled.js';
import { sqlEntraAdminSet } from './azure.sql.entra-admin-set.js';
import { sqlMinimalTls } from './azure.sql.minimal-tls.js';
import { sqlNoOpenFirewallRule } from './azure.sql.no-open-firewall-rule.js';
import { sqlTdeEnabled } from './azure.sql.tde-enabled.js';
/** Sorted by id. */
export const azureSqlChecks = [sqlAuditingEnabled, sqlEntraAdminSet, sqlMinimalTls, sqlNoOpenFirewallRule, sqlTdeEnabled];
