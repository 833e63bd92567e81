/** Application Insights components. No SDK imports. */
import { inventoryKey } from '../../../../model/keys.js';
import type { ArmResource } from '../../arm-state.js';

export const COMPONENT = 'Microsoft.Insights/components';

/** `GET /subscriptions/{id}/providers/Microsoft.Insights/components` (API 2020-02-02, whose property names are PascalCase). */
export interface InsightsComponent extends ArmResource {
  kind?: string;
  properties: {
    /** Set for workspace-based components; absent for classic ones. */
    WorkspaceResourceId?: string;
    /** `LogAnalytics` (workspace-based) or `ApplicationInsights` (classic). */
    IngestionMode?: string;
    /** True: only Entra-authenticated telemetry is accepted; absent or false: the instrumentation key alone suffices. */
    DisableLocalAuth?: boolean;
  };
}

export const AZURE_APP_INSIGHTS = inventoryKey<InsightsComponent[]>('azure.applicationinsights.components', 'global');
