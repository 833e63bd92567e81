import { either, itemCheck } from '../../../service-kit/check.js';
import { AZURE_APP_INSIGHTS, COMPONENT } from '../state.js';

export const appInsightsWorkspaceBased = itemCheck(
  {
    id: 'azure.applicationinsights.workspace-based',
    title: 'Application Insights components are workspace-based',
    service: 'applicationinsights',
    resourceType: COMPONENT,
    severity: 'low',
    rationale:
      'One result per component. Passes when `WorkspaceResourceId` is set (telemetry lands in a Log Analytics workspace with its retention, access control and export). Fails for classic components, whose data stays in a separate store that Microsoft retired in 2024.',
    remediation: {
      text: 'Migrate the component to workspace-based.',
      cli: 'az monitor app-insights component update --app <name> --resource-group <group> --workspace <log-analytics-id>',
    },
  },
  AZURE_APP_INSIGHTS,
  (c) =>
    either(
      Boolean(c.properties.WorkspaceResourceId),
      ['workspace-based', `Component ${c.name} sends telemetry to a Log Analytics workspace.`],
      ['classic', `Component ${c.name} is a classic component.`],
      {
        ingestionMode: c.properties.IngestionMode ?? null,
      },
    ),
);
