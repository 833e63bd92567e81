/** A private, Entra-only, CMK-encrypted orders store and a public key-authenticated analytics account. */
import { demoId } from '../../../../../demo/azure/ids.js';
import type { ReplayRoutes } from '../../replay.js';
import { demoArm, demoList, page } from '../../service-kit/demo.js';
import { COSMOS_ACCOUNT } from './state.js';

export const cosmosDemo: ReplayRoutes = {
  [demoList(COSMOS_ACCOUNT)]: page([
    demoArm(
      'rg-data',
      COSMOS_ACCOUNT,
      'acme-orders-cosmos',
      {
        publicNetworkAccess: 'Disabled',
        privateEndpointConnections: [
          {
            id: `${demoId('rg-data', 'Microsoft.Network/privateEndpoints', 'pe-cosmos')}`,
            properties: { privateLinkServiceConnectionState: { status: 'Approved' } },
          },
        ],
        disableLocalAuth: true,
        keyVaultKeyUri: 'https://acme-kv-app.vault.azure.net/keys/cosmos',
        minimalTlsVersion: 'Tls12',
        disableKeyBasedMetadataWriteAccess: true,
      },
      { kind: 'GlobalDocumentDB' },
    ),
    demoArm(
      'rg-data',
      COSMOS_ACCOUNT,
      'acme-analytics-cosmos',
      { publicNetworkAccess: 'Enabled', ipRules: [], minimalTlsVersion: 'Tls' },
      { kind: 'GlobalDocumentDB' },
    ),
  ]),
};
