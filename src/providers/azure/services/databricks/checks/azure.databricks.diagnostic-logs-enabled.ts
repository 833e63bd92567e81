import { childCheck, either } from '../../../service-kit/check.js';
import { AZURE_DATABRICKS_DIAGNOSTICS, AZURE_DATABRICKS_WORKSPACES, type DiagnosticSetting, WORKSPACE } from '../state.js';

/** Settings that send enabled log categories somewhere. */
export function deliveringLogs(settings: readonly DiagnosticSetting[]): DiagnosticSetting[] {
  return settings.filter((s) => {
    const p = s.properties;
    const destination = p.workspaceId || p.storageAccountId || p.eventHubAuthorizationRuleId || p.marketplacePartnerId;
    return Boolean(destination) && (p.logs ?? []).some((l) => l.enabled);
  });
}

export const databricksDiagnosticLogsEnabled = childCheck(
  {
    id: 'azure.databricks.diagnostic-logs-enabled',
    title: 'Databricks workspaces deliver diagnostic logs',
    service: 'databricks',
    resourceType: WORKSPACE,
    severity: 'medium',
    rationale:
      'One result per workspace. Passes when a diagnostic setting sends at least one enabled log category (accounts, clusters, jobs, notebooks, audit groups) to a Log Analytics workspace, storage account, event hub or partner. Fails when there is no such setting. Diagnostic logs need the Premium tier; a Standard workspace fails here as it cannot deliver them.',
    remediation: {
      text: 'Add a diagnostic setting on the workspace sending the audit log categories to your log destination.',
      cli: 'az monitor diagnostic-settings create --name databricks-audit --resource <workspace-id> --workspace <log-analytics-id> --logs \'[{"categoryGroup":"allLogs","enabled":true}]\'',
    },
    cis: ['2.1.7'],
  },
  AZURE_DATABRICKS_WORKSPACES,
  AZURE_DATABRICKS_DIAGNOSTICS,
  (w, settings) => {
    const live = deliveringLogs(settings);
    return either(
      live.length > 0,
      ['logs-delivered', `Workspace ${w.name} delivers diagnostic logs (${live.map((s) => s.name).join(', ')}).`],
      ['no-log-delivery', `Workspace ${w.name} delivers no diagnostic logs.`],
      {
        settings: settings.length,
        delivering: live.map((s) => s.name),
        sku: w.sku?.name ?? null,
      },
    );
  },
);
