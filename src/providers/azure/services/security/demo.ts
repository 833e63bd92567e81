import { DEMO_SUBSCRIPTION } from '../../../../../demo/azure/ids.js';
import { denied, list, type ReplayRoutes, subscriptionList } from '../../replay.js';

const sub = `/subscriptions/${DEMO_SUBSCRIPTION}`;
const plan = (name: string, pricingTier: string, subPlan?: string): Record<string, unknown> => ({
  id: `${sub}/providers/Microsoft.Security/pricings/${name}`,
  name,
  type: 'Microsoft.Security/pricings',
  properties: { pricingTier, ...(subPlan ? { subPlan } : {}) },
});

/**
 * Defender covers servers and storage but not SQL or Key Vault; and the scanner's principal
 * was never given Security Reader on contacts.
 */
export const demoAzureSecurity: ReplayRoutes = {
  [subscriptionList(DEMO_SUBSCRIPTION, 'Microsoft.Security/pricings')]: list([
    plan('VirtualMachines', 'Standard', 'P2'),
    plan('StorageAccounts', 'Standard', 'DefenderForStorageV2'),
    plan('SqlServers', 'Free'),
    plan('KeyVaults', 'Free'),
    plan('AppServices', 'Standard'),
    plan('CloudPosture', 'Free'),
    plan('Arm', 'Standard'),
  ]),
  [subscriptionList(DEMO_SUBSCRIPTION, 'Microsoft.Security/securityContacts')]: denied('Microsoft.Security/securityContacts/read'),
};
