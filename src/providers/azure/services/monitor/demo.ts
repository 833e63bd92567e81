import { DEMO_SUBSCRIPTION, demoId } from '../../../../../demo/azure/ids.js';
import { list, type ReplayRoutes, subscriptionList } from '../../replay.js';

const sub = `/subscriptions/${DEMO_SUBSCRIPTION}`;

/** The activity log goes to Log Analytics. */
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
};
