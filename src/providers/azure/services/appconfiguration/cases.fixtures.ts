import { res } from '../../service-kit/cases.fixtures.js';
import { CONFIG_STORE, type ConfigurationStore } from './state.js';

export const store = (
  name: string,
  properties: ConfigurationStore['properties'] = {},
  sku: string | null = 'standard',
): ConfigurationStore => ({
  ...res(CONFIG_STORE, name, properties),
  ...(sku ? { sku: { name: sku } } : {}),
});

/** A private endpoint connection in the given state. */
export const endpoint = (status: string) => ({ id: `/pe-${status}`, properties: { privateLinkServiceConnectionState: { status } } });
