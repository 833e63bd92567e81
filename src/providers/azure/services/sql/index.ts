import type { AzureCollector } from '../../context.js';
import type { AzureService } from '../../service.js';
import { sqlAuditingEnabled } from './checks/azure.sql.auditing-enabled.js';
import { sqlEntraAdminSet } from './checks/azure.sql.entra-admin-set.js';
import { sqlMinimalTls } from './checks/azure.sql.minimal-tls.js';
import { sqlNoOpenFirewallRule } from './checks/azure.sql.no-open-firewall-rule.js';
import { sqlTdeEnabled } from './checks/azure.sql.tde-enabled.js';
import { sqlCollectors } from './collect.js';
import { demoAzureSql } from './demo.js';

export const sql: AzureService = {
  id: 'sql',
  collectors: sqlCollectors as readonly AzureCollector<unknown>[],
  // Sorted by id.
  checks: [sqlAuditingEnabled, sqlEntraAdminSet, sqlMinimalTls, sqlNoOpenFirewallRule, sqlTdeEnabled],
  links: new URL('./links.yaml', import.meta.url),
  demo: demoAzureSql,
};
