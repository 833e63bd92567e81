import { AWS } from './aws/descriptor.js';
import { AZURE } from './azure/descriptor.js';
import type { ProviderDescriptor } from './descriptor.js';

/** Every provider, one entry each. Adding a provider is its folder plus one line here. */
export const PROVIDERS: readonly ProviderDescriptor[] = [AWS, AZURE];

/** The provider ids, in `PROVIDERS` order: the values a `Provider` may take. */
export const PROVIDER_IDS: readonly string[] = PROVIDERS.map((p) => p.id);

/** The descriptor of a provider id, or undefined for one this build does not know (e.g. a newer result file). */
export function findProvider(id: string): ProviderDescriptor | undefined {
  return PROVIDERS.find((p) => p.id === id);
}
