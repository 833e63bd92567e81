import type { AzureCollector } from '../../context.js';
import type { AzureService } from '../../service.js';
import { monitorActivityLogExported } from './checks/azure.monitor.activity-log-exported.js';
import { monitorAlertNsgDelete } from './checks/azure.monitor.alert-nsg-delete.js';
import { monitorAlertNsgWrite } from './checks/azure.monitor.alert-nsg-write.js';
import { monitorAlertPolicyAssignmentCreate } from './checks/azure.monitor.alert-policy-assignment-create.js';
import { monitorAlertPolicyAssignmentDelete } from './checks/azure.monitor.alert-policy-assignment-delete.js';
import { monitorAlertPublicIpDelete } from './checks/azure.monitor.alert-public-ip-delete.js';
import { monitorAlertPublicIpWrite } from './checks/azure.monitor.alert-public-ip-write.js';
import { monitorAlertSecuritySolutionDelete } from './checks/azure.monitor.alert-security-solution-delete.js';
import { monitorAlertSecuritySolutionWrite } from './checks/azure.monitor.alert-security-solution-write.js';
import { monitorAlertServiceHealth } from './checks/azure.monitor.alert-service-health.js';
import { monitorAlertSqlFirewallRuleDelete } from './checks/azure.monitor.alert-sql-firewall-rule-delete.js';
import { monitorAlertSqlFirewallRuleWrite } from './checks/azure.monitor.alert-sql-firewall-rule-write.js';
import { monitorCollectors } from './collect.js';
import { demoAzureMonitor } from './demo.js';

export const monitor: AzureService = {
  id: 'monitor',
  collectors: monitorCollectors as readonly AzureCollector<unknown>[],
  // Sorted by id.
  checks: [
    monitorActivityLogExported,
    monitorAlertNsgDelete,
    monitorAlertNsgWrite,
    monitorAlertPolicyAssignmentCreate,
    monitorAlertPolicyAssignmentDelete,
    monitorAlertPublicIpDelete,
    monitorAlertPublicIpWrite,
    monitorAlertSecuritySolutionDelete,
    monitorAlertSecuritySolutionWrite,
    monitorAlertServiceHealth,
    monitorAlertSqlFirewallRuleDelete,
    monitorAlertSqlFirewallRuleWrite,
  ],
  links: new URL('./links.yaml', import.meta.url),
  demo: demoAzureMonitor,
};
