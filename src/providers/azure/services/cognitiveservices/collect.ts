/** Azure AI services accounts through the generic ARM client; keys and endpoints' secrets are never named, so never kept. */
import type { AzureCollector } from '../../context.js';
import { armList } from '../../service-kit/collect.js';
import { type Shape, withTags } from '../../wire.js';
import { AI_ACCOUNT, type AiAccount, AZURE_AI_ACCOUNTS } from './state.js';

const SHAPE: Shape<AiAccount> = {
  ...{ id: true, name: true, type: true, location: true, tags: true },
  kind: true,
  properties: {
    publicNetworkAccess: true,
    networkAcls: { defaultAction: true, ipRules: { value: true }, virtualNetworkRules: { id: true } },
    disableLocalAuth: true,
    encryption: { keySource: true },
    restrictOutboundNetworkAccess: true,
    allowedFqdnList: true,
  },
};

export const cognitiveCollectors = [
  armList(AZURE_AI_ACCOUNTS, AI_ACCOUNT, '2024-10-01', SHAPE, withTags),
] as readonly AzureCollector<unknown>[];
