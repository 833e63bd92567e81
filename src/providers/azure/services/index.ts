import type { AzureService } from '../service.js';
import { entra } from './entra/index.js';
import { keyVault } from './keyvault/index.js';
import { monitor } from './monitor/index.js';
import { network } from './network/index.js';
import { resources } from './resources/index.js';
import { security } from './security/index.js';
import { sql } from './sql/index.js';
import { storage } from './storage/index.js';

export type { AzureService } from '../service.js';

/**
 * Every Azure service, one entry each. Adding a service is a folder under `services/` with an
 * `index.ts` exporting its `AzureService`, plus one line here.
 */
export const AZURE_SERVICES: readonly AzureService[] = [entra, keyVault, monitor, network, resources, security, sql, storage];
