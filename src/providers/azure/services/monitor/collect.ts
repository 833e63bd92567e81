/**
 * The subscription's activity-log diagnostic settings through arm-monitor: one call per
 * subscription (a subscription has at most five settings). Resource Graph does not index
 * diagnostic settings, so the SDK is the only single-call route.
 */
import { api } from '../../../../inventory/collector.js';
import { listCollector } from '../../collect-kit.js';
import type { AzureCollector } from '../../context.js';
import { armList } from '../../service-kit/collect.js';
import { project, type Shape } from '../../wire.js';
import {
  type ActivityLogAlert,
  AZURE_ACTIVITY_LOG_ALERTS,
  AZURE_SUBSCRIPTION_DIAGNOSTICS,
  type SubscriptionDiagnosticSetting,
} from './state.js';

const LIST_DIAGNOSTICS = api('Microsoft.Insights/diagnosticSettings:list', 'Microsoft.Insights/diagnosticSettings/read');

const SETTING: Shape<SubscriptionDiagnosticSetting> = {
  id: true,
  name: true,
  type: true,
  properties: {
    storageAccountId: true,
    workspaceId: true,
    eventHubAuthorizationRuleId: true,
    eventHubName: true,
    marketplacePartnerId: true,
    logs: { category: true, categoryGroup: true, enabled: true },
  },
};

function toSetting(raw: unknown): SubscriptionDiagnosticSetting {
  const setting = project(raw, SETTING);
  return { ...setting, properties: { ...setting.properties, logs: setting.properties?.logs ?? [] } };
}

const LEAF = { field: true, equals: true, containsAny: true } as const;
const ALERT: Shape<ActivityLogAlert> = {
  id: true,
  name: true,
  type: true,
  location: true,
  properties: {
    enabled: true,
    scopes: true,
    condition: { allOf: { ...LEAF, anyOf: LEAF } },
    actions: { actionGroups: { actionGroupId: true } },
  },
};

export const ACTIVITY_LOG_ALERT = 'Microsoft.Insights/activityLogAlerts';

export const monitorCollectors = [
  // Activity log alerts have no SDK package here: the generic ARM client lists them.
  armList(AZURE_ACTIVITY_LOG_ALERTS, ACTIVITY_LOG_ALERT, '2020-10-01', ALERT),
  // The SDK's path template adds the leading slash to the resource URI itself.
  listCollector(
    AZURE_SUBSCRIPTION_DIAGNOSTICS,
    'monitor',
    LIST_DIAGNOSTICS,
    (c, ctx) => c.diagnosticSettings.list(`subscriptions/${ctx.subscriptionId}`),
    toSetting,
  ),
] as readonly AzureCollector<unknown>[];
