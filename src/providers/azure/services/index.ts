import { azureKeyVaultChecks } from '../../../../checks/azure/keyvault/index.js';
import { azureMonitorChecks } from '../../../../checks/azure/monitor/index.js';
import { azureNetworkChecks } from '../../../../checks/azure/network/index.js';
import { azureResourcesChecks } from '../../../../checks/azure/resources/index.js';
import { azureSecurityChecks } from '../../../../checks/azure/security/index.js';
import { azureSqlChecks } from '../../../../checks/azure/sql/index.js';
import { azureStorageChecks } from '../../../../checks/azure/storage/index.js';
import type { ServiceModule } from '../../service.js';
import { keyVaultCollectors } from '../collectors/keyvault.js';
import { monitorCollectors } from '../collectors/monitor.js';
import { networkCollectors } from '../collectors/network.js';
import { resourceCollectors } from '../collectors/resources.js';
import { securityCollectors } from '../collectors/security.js';
import { sqlCollectors } from '../collectors/sql.js';
import { storageCollectors } from '../collectors/storage.js';
import type { AzureCollector } from '../context.js';
import type { ReplayRoutes } from '../replay.js';
import { entra } from './entra/index.js';

export type AzureService = ServiceModule<AzureCollector<unknown>, ReplayRoutes>;

/**
 * Every Azure service, one entry each. Adding a service is a folder under `services/` with an
 * `index.ts` exporting its `AzureService`, plus one line here.
 */
export const AZURE_SERVICES: readonly AzureService[] = [
  entra,
  { id: 'keyvault', collectors: keyVaultCollectors as readonly AzureCollector<unknown>[], checks: azureKeyVaultChecks },
  { id: 'monitor', collectors: monitorCollectors as readonly AzureCollector<unknown>[], checks: azureMonitorChecks },
  { id: 'network', collectors: networkCollectors as readonly AzureCollector<unknown>[], checks: azureNetworkChecks },
  { id: 'resources', collectors: resourceCollectors as readonly AzureCollector<unknown>[], checks: azureResourcesChecks },
  { id: 'security', collectors: securityCollectors as readonly AzureCollector<unknown>[], checks: azureSecurityChecks },
  { id: 'sql', collectors: sqlCollectors as readonly AzureCollector<unknown>[], checks: azureSqlChecks },
  { id: 'storage', collectors: storageCollectors as readonly AzureCollector<unknown>[], checks: azureStorageChecks },
];
