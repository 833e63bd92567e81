import { demoDaysAgo } from '../../../../../demo/aws/clock.js';
import { DEMO_SUBSCRIPTION, DEMO_TENANT, demoId, demoResource, get, unixSeconds } from '../../../../../demo/azure/ids.js';
import { list, pages, type ReplayRoutes, subscriptionList } from '../../replay.js';

const VAULT = 'Microsoft.KeyVault/vaults';
const days = (n: number): number => unixSeconds(demoDaysAgo(-n).toISOString());

function item(
  rg: string,
  vault: string,
  kind: 'keys' | 'secrets',
  name: string,
  properties: Record<string, unknown>,
): Record<string, unknown> {
  return { id: demoId(rg, `${VAULT}/${kind}`, vault, name), name, type: `${VAULT}/${kind}`, location: 'westeurope', properties };
}

/**
 * The application vault uses RBAC, purge protection and a private endpoint; its keys
 * expire. The legacy vault is open to the internet with a broad access policy and a
 * secret that never expires.
 */
export const demoAzureKeyVault: ReplayRoutes = {
  [subscriptionList(DEMO_SUBSCRIPTION, VAULT)]: pages(
    [
      demoResource('rg-data', VAULT, 'acme-kv-app', 'westeurope', {
        tags: { owner: 'data-team' },
        properties: {
          tenantId: DEMO_TENANT,
          sku: { family: 'A', name: 'premium' },
          vaultUri: 'https://acme-kv-app.vault.azure.net/',
          enableSoftDelete: true,
          softDeleteRetentionInDays: 90,
          enablePurgeProtection: true,
          enableRbacAuthorization: true,
          publicNetworkAccess: 'Disabled',
          networkAcls: { defaultAction: 'Deny', bypass: 'AzureServices' },
          privateEndpointConnections: [
            {
              id: `${demoId('rg-data', VAULT, 'acme-kv-app')}/privateEndpointConnections/pe-app`,
              properties: { privateLinkServiceConnectionState: { status: 'Approved' } },
            },
          ],
        },
      }),
    ],
    [
      demoResource('rg-legacy', VAULT, 'acme-kv-legacy', 'northeurope', {
        properties: {
          tenantId: DEMO_TENANT,
          sku: { family: 'A', name: 'standard' },
          vaultUri: 'https://acme-kv-legacy.vault.azure.net/',
          enableSoftDelete: true,
          softDeleteRetentionInDays: 7,
          accessPolicies: [
            {
              tenantId: DEMO_TENANT,
              objectId: '9a7b3c1d-0000-4000-8000-00000000f00d',
              permissions: { keys: ['all'], secrets: ['all'], certificates: ['all'] },
            },
          ],
          networkAcls: { defaultAction: 'Allow', bypass: 'AzureServices' },
        },
      }),
    ],
  ),
  [get(`${demoId('rg-data', VAULT, 'acme-kv-app')}/keys`)]: pages(
    [
      item('rg-data', 'acme-kv-app', 'keys', 'datalake-cmk', {
        kty: 'RSA-HSM',
        attributes: { enabled: true, exp: days(200), created: days(-165) },
      }),
    ],
    [item('rg-data', 'acme-kv-app', 'keys', 'token-signing', { kty: 'EC', attributes: { enabled: true, exp: days(45) } })],
  ),
  [get(`${demoId('rg-data', VAULT, 'acme-kv-app')}/secrets`)]: list([
    item('rg-data', 'acme-kv-app', 'secrets', 'orders-db-connection', {
      contentType: 'text/plain',
      attributes: { enabled: true, exp: days(60) },
    }),
  ]),
  [get(`${demoId('rg-legacy', VAULT, 'acme-kv-legacy')}/keys`)]: list([]),
  [get(`${demoId('rg-legacy', VAULT, 'acme-kv-legacy')}/secrets`)]: list([
    item('rg-legacy', 'acme-kv-legacy', 'secrets', 'ftp-password', { attributes: { enabled: true, created: days(-900) } }),
  ]),
};
