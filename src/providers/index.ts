import { AWS } from './aws/descriptor.js';
import { AZURE } from './azure/descriptor.js';
import type { ProviderDescriptor } from './descriptor.js';

/** Every provider, one entry each. Adding a provider is its folder plus one line here. */
export const PROVIDERS: readonly ProviderDescriptor[] = [AWS, AZURE];
