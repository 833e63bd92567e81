import type { AzureService } from '../service.js';
import { aks } from './aks/index.js';
import { appconfiguration } from './appconfiguration/index.js';
import { appgateway } from './appgateway/index.js';
import { applicationinsights } from './applicationinsights/index.js';
import { appservice } from './appservice/index.js';
import { authorization } from './authorization/index.js';
import { cognitiveservices } from './cognitiveservices/index.js';
import { compute } from './compute/index.js';
import { containerregistry } from './containerregistry/index.js';
import { cosmosdb } from './cosmosdb/index.js';
import { databricks } from './databricks/index.js';
import { datafactory } from './datafactory/index.js';
import { entra } from './entra/index.js';
import { eventhub } from './eventhub/index.js';
import { keyVault } from './keyvault/index.js';
import { monitor } from './monitor/index.js';
import { mysql } from './mysql/index.js';
import { network } from './network/index.js';
import { policy } from './policy/index.js';
import { postgresql } from './postgresql/index.js';
import { recoveryservices } from './recoveryservices/index.js';
import { redis } from './redis/index.js';
import { resources } from './resources/index.js';
import { search } from './search/index.js';
import { security } from './security/index.js';
import { servicebus } from './servicebus/index.js';
import { sql } from './sql/index.js';
import { storage } from './storage/index.js';
import { synapse } from './synapse/index.js';
import { vpngateway } from './vpngateway/index.js';

export type { AzureService } from '../service.js';

/**
 * Every Azure service, one entry each. Adding a service is a folder under `services/` with an
 * `index.ts` exporting its `AzureService`, plus one line here.
 */
export const AZURE_SERVICES: readonly AzureService[] = [
  aks,
  appconfiguration,
  appgateway,
  applicationinsights,
  appservice,
  authorization,
  cognitiveservices,
  compute,
  containerregistry,
  cosmosdb,
  databricks,
  datafactory,
  entra,
  eventhub,
  keyVault,
  monitor,
  mysql,
  network,
  policy,
  postgresql,
  recoveryservices,
  redis,
  resources,
  search,
  security,
  servicebus,
  sql,
  storage,
  synapse,
  vpngateway,
];
