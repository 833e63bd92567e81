import type { AzureCollector } from '../context.js';
import { keyVaultCollectors } from './keyvault.js';
import { monitorCollectors } from './monitor.js';
import { networkCollectors } from './network.js';
import { resourceCollectors } from './resources.js';
import { securityCollectors } from './security.js';
import { sqlCollectors } from './sql.js';
import { storageCollectors } from './storage.js';

/** Every Azure collector, by inventory key. An explicit list: nothing registers itself. */
export const AZURE_COLLECTORS: readonly AzureCollector<unknown>[] = [
  ...keyVaultCollectors,
  ...monitorCollectors,
  ...networkCollectors,
  ...resourceCollectors,
  ...securityCollectors,
  ...sqlCollectors,
  ...storageCollectors,
];
