/**
 * A Standard production store on Entra ID only, automatic network access closed by its private
 * endpoint and purge-protected, and a Standard feature-flag store open to the internet on access keys.
 */
import { demoId } from '../../../../../demo/azure/ids.js';
import type { ReplayRoutes } from '../../replay.js';
import { demoArm, demoList, page } from '../../service-kit/demo.js';
import { CONFIG_STORE } from './state.js';

export const appconfigurationDemo: ReplayRoutes = {
  [demoList(CONFIG_STORE)]: page([
    demoArm(
      'rg-web',
      CONFIG_STORE,
      'acme-shop-config',
      {
        disableLocalAuth: true,
        publicNetworkAccess: null,
        enablePurgeProtection: true,
        softDeleteRetentionInDays: 7,
        privateEndpointConnections: [
          {
            id: demoId(
              'rg-web',
              'Microsoft.AppConfiguration/configurationStores',
              'acme-shop-config',
              'privateEndpointConnections',
              'pe-appconfig',
            ),
            properties: { privateLinkServiceConnectionState: { status: 'Approved' } },
          },
        ],
      },
      { sku: { name: 'standard' } },
    ),
    demoArm(
      'rg-legacy',
      CONFIG_STORE,
      'acme-flags-config',
      { disableLocalAuth: false, publicNetworkAccess: 'Enabled', enablePurgeProtection: false, softDeleteRetentionInDays: 1 },
      { sku: { name: 'standard' } },
    ),
  ]),
};
