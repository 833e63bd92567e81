import { DEMO_SUBSCRIPTION, demoId } from '../../../../../demo/azure/ids.js';
import { list, type ReplayRoutes, subscriptionList } from '../../replay.js';

const sub = `/subscriptions/${DEMO_SUBSCRIPTION}`;

const alert = (name: string, allOf: { field: string; equals: string }[]) => ({
  id: `${sub}/resourceGroups/rg-sec/providers/Microsoft.Insights/activityLogAlerts/${name}`,
  name,
  type: 'Microsoft.Insights/activityLogAlerts',
  location: 'global',
  properties: {
    enabled: true,
    scopes: [sub],
    condition: { allOf },
    actions: { actionGroups: [{ actionGroupId: demoId('rg-sec', 'microsoft.insights/actionGroups', 'secops-oncall') }] },
  },
});
const admin = (operationName: string) => [
  { field: 'category', equals: 'Administrative' },
  { field: 'operationName', equals: operationName },
];

/**
 * The activity log goes to Log Analytics. Alerts cover NSG changes and Service Health; the policy
 * assignment alert filters on level Error (so it does not count), and the other CIS operations have none.
 */
export const demoAzureMonitor: ReplayRoutes = {
  [subscriptionList(DEMO_SUBSCRIPTION, 'Microsoft.Insights/diagnosticSettings')]: list([
    {
      id: `${sub}/providers/microsoft.insights/diagnosticSettings/activity-to-law`,
      name: 'activity-to-law',
      type: 'Microsoft.Insights/diagnosticSettings',
      properties: {
        workspaceId: demoId('rg-data', 'Microsoft.OperationalInsights/workspaces', 'acme-law'),
        logs: ['Administrative', 'Security', 'ServiceHealth', 'Alert', 'Recommendation', 'Policy', 'Autoscale', 'ResourceHealth'].map(
          (category) => ({ category, enabled: true }),
        ),
      },
    },
  ]),
  [subscriptionList(DEMO_SUBSCRIPTION, 'Microsoft.Insights/activityLogAlerts')]: list([
    alert('nsg-changed', admin('Microsoft.Network/networkSecurityGroups/write')),
    alert('nsg-deleted', admin('Microsoft.Network/networkSecurityGroups/delete')),
    alert('policy-assigned', [...admin('Microsoft.Authorization/policyAssignments/write'), { field: 'level', equals: 'Error' }]),
    alert('service-health', [{ field: 'category', equals: 'ServiceHealth' }]),
  ]),
};
