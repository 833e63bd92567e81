import { denied, list, type ReplayRoutes, subscriptionList } from '../../src/providers/azure/replay.js';
import { DEMO_SUBSCRIPTION, demoId } from './ids.js';

const sub = `/subscriptions/${DEMO_SUBSCRIPTION}`;
const plan = (name: string, pricingTier: string, subPlan?: string): Record<string, unknown> => ({
  id: `${sub}/providers/Microsoft.Security/pricings/${name}`,
  name,
  type: 'Microsoft.Security/pricings',
  properties: { pricingTier, ...(subPlan ? { subPlan } : {}) },
});

/**
 * The activity log goes to Log Analytics; Defender covers servers and storage but not SQL
 * or Key Vault; and the scanner's principal was never given Security Reader on contacts.
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
  [subscriptionList(DEMO_SUBSCRIPTION, 'Microsoft.Security/pricings')]: list([
    plan('VirtualMachines', 'Standard', 'P2'),
    plan('StorageAccounts', 'Standard', 'DefenderForStorageV2'),
    plan('SqlServers', 'Free'),
    plan('KeyVaults', 'Free'),
    plan('AppServices', 'Standard'),
  ]),
  [subscriptionList(DEMO_SUBSCRIPTION, 'Microsoft.Security/securityContacts')]: denied('Microsoft.Security/securityContacts/read'),
};
