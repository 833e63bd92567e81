import { DEMO_SUBSCRIPTION, demoId, demoResource, get } from '../../../../../demo/azure/ids.js';
import { list, pages, type ReplayRoutes, subscriptionList } from '../../replay.js';

const NSG = 'Microsoft.Network/networkSecurityGroups';
const WATCHER = 'Microsoft.Network/networkWatchers';

function rule(rg: string, nsg: string, name: string, priority: number, props: Record<string, unknown>): Record<string, unknown> {
  return {
    id: demoId(rg, `${NSG}/securityRules`, nsg, name),
    name,
    type: `${NSG}/securityRules`,
    properties: {
      direction: 'Inbound',
      access: 'Allow',
      protocol: 'Tcp',
      priority,
      sourcePortRange: '*',
      provisioningState: 'Succeeded',
      ...props,
    },
  };
}
const defaults = (rg: string, nsg: string): Record<string, unknown>[] => [
  rule(rg, nsg, 'AllowVnetInBound', 65000, {
    protocol: '*',
    sourceAddressPrefix: 'VirtualNetwork',
    destinationPortRange: '*',
    defaultRule: true,
  }),
  rule(rg, nsg, 'DenyAllInBound', 65500, { access: 'Deny', protocol: '*', sourceAddressPrefix: '*', destinationPortRange: '*' }),
];

/** The web NSG only opens HTTPS; the legacy jump box NSG opens SSH and RDP to the internet. */
export const demoAzureNetwork: ReplayRoutes = {
  [subscriptionList(DEMO_SUBSCRIPTION, NSG)]: pages(
    [
      demoResource('rg-web', NSG, 'nsg-web', 'westeurope', {
        tags: { owner: 'web-team' },
        properties: {
          securityRules: [rule('rg-web', 'nsg-web', 'allow-https', 100, { sourceAddressPrefix: 'Internet', destinationPortRange: '443' })],
          defaultSecurityRules: defaults('rg-web', 'nsg-web'),
        },
      }),
    ],
    [
      demoResource('rg-legacy', NSG, 'nsg-legacy-jump', 'northeurope', {
        tags: { environment: 'old' },
        properties: {
          securityRules: [
            rule('rg-legacy', 'nsg-legacy-jump', 'allow-admin', 110, { sourceAddressPrefix: '*', destinationPortRanges: ['22', '3389'] }),
          ],
          defaultSecurityRules: defaults('rg-legacy', 'nsg-legacy-jump'),
        },
      }),
    ],
  ),
  // One watcher: Network Watcher is on in West Europe only, so North Europe has no flow logs.
  [subscriptionList(DEMO_SUBSCRIPTION, WATCHER)]: list([
    demoResource('NetworkWatcherRG', WATCHER, 'NetworkWatcher_westeurope', 'westeurope', { tags: { owner: 'platform-team' } }),
  ]),
  [get(demoId('NetworkWatcherRG', `${WATCHER}/flowLogs`, 'NetworkWatcher_westeurope'))]: list([
    demoResource('NetworkWatcherRG', `${WATCHER}/flowLogs`, 'nsg-web-flows', 'westeurope', {
      id: demoId('NetworkWatcherRG', `${WATCHER}/flowLogs`, 'NetworkWatcher_westeurope', 'nsg-web-flows'),
      properties: {
        targetResourceId: demoId('rg-web', NSG, 'nsg-web'),
        enabled: true,
        storageId: demoId('rg-data', 'Microsoft.Storage/storageAccounts', 'acmedatalake'),
        retentionPolicy: { enabled: true, days: 90 },
      },
    }),
  ]),
};
