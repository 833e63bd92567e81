import type { AzureCollector } from './context.js';
import { AZURE_SERVICES } from './services/index.js';

/** Every Azure collector, from the service list. */
export const AZURE_COLLECTORS: readonly AzureCollector<unknown>[] = AZURE_SERVICES.flatMap((s) => s.collectors);
