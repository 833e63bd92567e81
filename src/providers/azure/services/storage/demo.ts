import { DEMO_SUBSCRIPTION, demoId, demoResource, get } from '../../../../../demo/azure/ids.js';
import { armError, pages, type ReplayRoutes, subscriptionList } from '../../replay.js';

const ACCOUNT = 'Microsoft.Storage/storageAccounts';
const blobService = (rg: string, account: string, properties: Record<string, unknown>): Record<string, unknown> => ({
  id: demoId(rg, `${ACCOUNT}/blobServices`, account, 'default'),
  name: 'default',
  type: `${ACCOUNT}/blobServices`,
  properties,
});

/**
 * The data lake is locked down; the legacy FTP drop is everything a storage review flags;
 * the web assets account is file-only (no blob service to read).
 */
export const demoAzureStorage: ReplayRoutes = {
  [subscriptionList(DEMO_SUBSCRIPTION, ACCOUNT)]: pages(
    [
      demoResource('rg-data', ACCOUNT, 'acmedatalake', 'westeurope', {
        kind: 'StorageV2',
        sku: { name: 'Standard_ZRS', tier: 'Standard' },
        tags: { owner: 'data-team' },
        properties: {
          supportsHttpsTrafficOnly: true,
          minimumTlsVersion: 'TLS1_2',
          allowBlobPublicAccess: false,
          allowSharedKeyAccess: false,
          encryption: {
            keySource: 'Microsoft.Keyvault',
            requireInfrastructureEncryption: true,
            keyvaultproperties: { keyname: 'datalake-cmk', keyvaulturi: 'https://acme-kv-app.vault.azure.net/' },
          },
          networkAcls: { defaultAction: 'Deny', bypass: 'AzureServices', ipRules: [], virtualNetworkRules: [] },
          publicNetworkAccess: 'Disabled',
          primaryEndpoints: { blob: 'https://acmedatalake.blob.core.windows.net/' },
        },
      }),
    ],
    [
      demoResource('rg-legacy', ACCOUNT, 'acmelegacyftp', 'northeurope', {
        kind: 'Storage',
        sku: { name: 'Standard_LRS', tier: 'Standard' },
        properties: {
          supportsHttpsTrafficOnly: false,
          minimumTlsVersion: 'TLS1_0',
          allowBlobPublicAccess: true,
          encryption: { keySource: 'Microsoft.Storage' },
          networkAcls: { defaultAction: 'Allow', bypass: 'AzureServices', ipRules: [], virtualNetworkRules: [] },
        },
      }),
      demoResource('rg-web', ACCOUNT, 'acmewebassets', 'westeurope', {
        kind: 'FileStorage',
        sku: { name: 'Premium_LRS', tier: 'Premium' },
        tags: { owner: 'web-team' },
        properties: {
          supportsHttpsTrafficOnly: true,
          minimumTlsVersion: 'TLS1_2',
          allowSharedKeyAccess: true,
          encryption: { keySource: 'Microsoft.Storage' },
          networkAcls: { defaultAction: 'Allow' },
        },
      }),
    ],
  ),
  [get(demoId('rg-data', `${ACCOUNT}/blobServices`, 'acmedatalake', 'default'))]: {
    body: blobService('rg-data', 'acmedatalake', {
      deleteRetentionPolicy: { enabled: true, days: 30 },
      containerDeleteRetentionPolicy: { enabled: true, days: 30 },
    }),
  },
  // The legacy account sits behind a stale deny assignment on its blob service.
  [get(demoId('rg-legacy', `${ACCOUNT}/blobServices`, 'acmelegacyftp', 'default'))]: armError(
    403,
    'AuthorizationFailed',
    "The client 'annexa-scanner' does not have authorization to perform action 'Microsoft.Storage/storageAccounts/blobServices/read' over scope '/subscriptions/6f1c2a9e-4b7d-4e3a-9c55-2d8e0b7a1f34/resourceGroups/rg-legacy'.",
  ),
};
