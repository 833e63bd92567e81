import type { ProviderDescriptor } from '../descriptor.js';
import type { AwsService } from './service.js';
import { AWS_SERVICES } from './services/index.js';

export const AWS: ProviderDescriptor<AwsService> = {
  id: 'aws',
  label: 'AWS',
  regional: true,
  accountNoun: 'account',
  locationNoun: 'region',
  // ARNs and AWS resource ids are case-sensitive.
  canonicalId: (id) => id,
  cisBenchmark: { name: 'CIS Amazon Web Services Foundations Benchmark', version: 'v7.0.0' },
  flags: [
    { key: 'regions', flag: '--regions' },
    { key: 'profile', flag: '--profile' },
    { key: 'endpointUrl', flag: '--endpoint-url' },
  ],
  collect: async (request) => (await import('./live.js')).collectLive(request),
  services: AWS_SERVICES,
};
