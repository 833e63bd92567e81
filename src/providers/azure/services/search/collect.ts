/** Azure AI Search services through the generic ARM client; admin and query keys come from another API, never called. */
import type { AzureCollector } from '../../context.js';
import { armList } from '../../service-kit/collect.js';
import { type Shape, withTags } from '../../wire.js';
import { AZURE_SEARCH_SERVICES, SEARCH_SERVICE, type SearchService } from './state.js';

const SHAPE: Shape<SearchService> = {
  ...{ id: true, name: true, type: true, location: true, tags: true },
  sku: { name: true },
  properties: {
    publicNetworkAccess: true,
    networkRuleSet: { ipRules: { value: true } },
    disableLocalAuth: true,
    authOptions: { apiKeyOnly: true, aadOrApiKey: { aadAuthFailureMode: true } },
    encryptionWithCmk: { enforcement: true, encryptionComplianceStatus: true },
  },
};

export const searchCollectors = [
  armList(AZURE_SEARCH_SERVICES, SEARCH_SERVICE, '2023-11-01', SHAPE, withTags),
] as readonly AzureCollector<unknown>[];
