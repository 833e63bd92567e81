/** Azure Monitor inventory shapes and keys. No SDK imports here: checks depend on this file. */
import { inventoryKey } from '../../../../model/keys.js';
import type { ArmSubResource } from '../../arm-state.js';

export interface DiagnosticLogSetting {
  /** Activity log categories: `Administrative`, `Security`, `ServiceHealth`, `Alert`, `Recommendation`, `Policy`, `Autoscale`, `ResourceHealth`. */
  category?: string;
  /** `allLogs` or `audit`, when the setting selects a group instead of categories. */
  categoryGroup?: string;
  enabled: boolean;
}

/** `SubscriptionDiagnosticSettings.list`: where the subscription's activity log is exported. */
export interface SubscriptionDiagnosticSetting extends ArmSubResource {
  properties: {
    storageAccountId?: string;
    workspaceId?: string;
    eventHubAuthorizationRuleId?: string;
    eventHubName?: string;
    marketplacePartnerId?: string;
    logs: DiagnosticLogSetting[];
  };
}

/** `SubscriptionDiagnosticSettings.list` (one page; a subscription has at most five). */
export const AZURE_SUBSCRIPTION_DIAGNOSTICS = inventoryKey<SubscriptionDiagnosticSetting[]>(
  'azure.monitor.subscriptionDiagnostics',
  'global',
);

/** One condition leaf of an activity log alert: `field` equals a value (or any of `containsAny`). */
export interface AlertLeaf {
  field?: string;
  equals?: string;
  containsAny?: string[];
  anyOf?: { field?: string; equals?: string; containsAny?: string[] }[];
}

/** `GET /subscriptions/{id}/providers/Microsoft.Insights/activityLogAlerts`. */
export interface ActivityLogAlert extends ArmSubResource {
  location?: string;
  properties: {
    /** Absent means enabled. */
    enabled?: boolean;
    scopes?: string[];
    condition?: { allOf?: AlertLeaf[] };
    actions?: { actionGroups?: { actionGroupId: string }[] };
  };
}

export const AZURE_ACTIVITY_LOG_ALERTS = inventoryKey<ActivityLogAlert[]>('azure.monitor.activityLogAlerts', 'global');
