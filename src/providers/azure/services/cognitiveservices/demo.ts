/** A private, Entra-only, CMK-encrypted OpenAI account with outbound locked down, and a legacy vision account open on every count. */
import type { ReplayRoutes } from '../../replay.js';
import { demoArm, demoList, page } from '../../service-kit/demo.js';
import { AI_ACCOUNT } from './state.js';

export const cognitiveDemo: ReplayRoutes = {
  [demoList(AI_ACCOUNT)]: page([
    demoArm(
      'rg-data',
      AI_ACCOUNT,
      'acme-openai',
      {
        publicNetworkAccess: 'Disabled',
        networkAcls: { defaultAction: 'Deny', ipRules: [], virtualNetworkRules: [] },
        disableLocalAuth: true,
        encryption: {
          keySource: 'Microsoft.KeyVault',
          keyVaultProperties: { keyName: 'openai', keyVaultUri: 'https://acme-kv-app.vault.azure.net/' },
        },
        restrictOutboundNetworkAccess: true,
        allowedFqdnList: ['acmedatalake.blob.core.windows.net'],
      },
      { kind: 'OpenAI', sku: { name: 'S0' } },
    ),
    demoArm(
      'rg-legacy',
      AI_ACCOUNT,
      'acme-legacy-vision',
      {
        publicNetworkAccess: 'Enabled',
        networkAcls: { defaultAction: 'Allow', ipRules: [], virtualNetworkRules: [] },
        encryption: { keySource: 'Microsoft.CognitiveServices' },
      },
      { kind: 'ComputerVision', sku: { name: 'S1' } },
    ),
  ]),
};
