/** A private, Entra-only product search with CMK enforced, and a public key-authenticated docs search on Microsoft-managed keys. */
import type { ReplayRoutes } from '../../replay.js';
import { demoArm, demoList, page } from '../../service-kit/demo.js';
import { SEARCH_SERVICE } from './state.js';

export const searchDemo: ReplayRoutes = {
  [demoList(SEARCH_SERVICE)]: page([
    demoArm(
      'rg-data',
      SEARCH_SERVICE,
      'acme-products-search',
      {
        publicNetworkAccess: 'disabled',
        networkRuleSet: { ipRules: [], bypass: 'None' },
        disableLocalAuth: true,
        encryptionWithCmk: { enforcement: 'Enabled', encryptionComplianceStatus: 'Compliant' },
        hostingMode: 'default',
      },
      { sku: { name: 'standard' } },
    ),
    demoArm(
      'rg-web',
      SEARCH_SERVICE,
      'acme-docs-search',
      {
        publicNetworkAccess: 'enabled',
        networkRuleSet: { ipRules: [] },
        disableLocalAuth: false,
        authOptions: { aadOrApiKey: { aadAuthFailureMode: 'http401WithBearerChallenge' } },
        encryptionWithCmk: { enforcement: 'Unspecified', encryptionComplianceStatus: 'Compliant' },
        hostingMode: 'default',
      },
      { sku: { name: 'basic' } },
    ),
  ]),
};
