import type { ProviderDescriptor } from '../descriptor.js';
import { normalArmId } from './arm-state.js';
import type { AzureService } from './service.js';
import { AZURE_SERVICES } from './services/index.js';

export const AZURE: ProviderDescriptor<AzureService> = {
  id: 'azure',
  label: 'Azure',
  regional: false,
  accountNoun: 'subscription',
  locationNoun: 'location',
  // ARM ids are case-insensitive; Azure itself returns them in mixed case.
  canonicalId: normalArmId,
  cisBenchmark: { name: 'CIS Microsoft Azure Foundations Benchmark', version: 'v6.0.0' },
  flags: [
    { key: 'subscriptions', flag: '--subscriptions' },
    { key: 'managementGroup', flag: '--management-group' },
    { key: 'tenant', flag: '--tenant' },
    { key: 'azureCloud', flag: '--azure-cloud' },
    { key: 'armEndpoint', flag: '--arm-endpoint' },
    { key: 'graphEndpoint', flag: '--graph-endpoint' },
  ],
  foreignFlagHint: '; Azure scans whole subscriptions (see --subscriptions)',
  collect: async (request) => (await import('./live.js')).collectLive(request),
  services: AZURE_SERVICES,
};
