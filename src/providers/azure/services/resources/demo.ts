import { DEMO_SUBSCRIPTION, demoResource } from '../../../../../demo/azure/ids.js';
import { list, pages, type ReplayRoutes, subscriptionList } from '../../replay.js';

const sub = `/subscriptions/${DEMO_SUBSCRIPTION}`;
const group = (name: string, location: string, tags: Record<string, string>): Record<string, unknown> => ({
  id: `${sub}/resourceGroups/${name}`,
  name,
  type: 'Microsoft.Resources/resourceGroups',
  location,
  tags,
  properties: { provisioningState: 'Succeeded' },
});

/**
 * Three groups: the web tier (tagged, critical, locked), the data tier (critical, no lock),
 * and a legacy group nobody owns. Resources mix owned and unowned.
 */
export const demoAzureResources: ReplayRoutes = {
  [`GET ${sub}/resourcegroups`]: pages(
    [
      group('rg-web', 'westeurope', { owner: 'web-team', criticality: 'critical' }),
      group('rg-data', 'westeurope', { Owner: 'data-team', criticality: 'critical' }),
    ],
    [group('rg-legacy', 'northeurope', {}), group('NetworkWatcherRG', 'westeurope', { owner: 'platform-team' })],
  ),
  [`GET ${sub}/resources`]: pages(
    [
      demoResource('rg-web', 'Microsoft.Web/sites', 'acme-shop', 'westeurope', { kind: 'app', tags: { owner: 'web-team' } }),
      demoResource('rg-web', 'Microsoft.Network/networkSecurityGroups', 'nsg-web', 'westeurope', { tags: { owner: 'web-team' } }),
      demoResource('rg-data', 'Microsoft.Storage/storageAccounts', 'acmedatalake', 'westeurope', {
        kind: 'StorageV2',
        tags: { owner: 'data-team' },
      }),
      demoResource('rg-data', 'Microsoft.Sql/servers', 'acme-sql-orders', 'westeurope', { tags: { owner: 'data-team' } }),
      demoResource('rg-data', 'Microsoft.KeyVault/vaults', 'acme-kv-app', 'westeurope', { tags: { owner: 'data-team' } }),
    ],
    [
      demoResource('rg-legacy', 'Microsoft.Storage/storageAccounts', 'acmelegacyftp', 'northeurope', { kind: 'Storage' }),
      demoResource('rg-legacy', 'Microsoft.Network/networkSecurityGroups', 'nsg-legacy-jump', 'northeurope', {
        tags: { environment: 'old' },
      }),
      demoResource('rg-legacy', 'Microsoft.KeyVault/vaults', 'acme-kv-legacy', 'northeurope'),
      demoResource('rg-web', 'Microsoft.Storage/storageAccounts', 'acmewebassets', 'westeurope', {
        kind: 'FileStorage',
        tags: { owner: 'web-team' },
      }),
    ],
  ),
  [subscriptionList(DEMO_SUBSCRIPTION, 'Microsoft.Authorization/locks')]: list([
    {
      id: `${sub}/resourceGroups/rg-web/providers/Microsoft.Authorization/locks/protect-web`,
      name: 'protect-web',
      type: 'Microsoft.Authorization/locks',
      properties: { level: 'CanNotDelete', notes: 'Production web tier' },
    },
  ]),
};
