import type { AzureService } from '../../service.js';
import { cosmosdbCmkEncrypted } from './checks/azure.cosmosdb.cmk-encrypted.js';
import { cosmosdbLocalAuthDisabled } from './checks/azure.cosmosdb.local-auth-disabled.js';
import { cosmosdbMetadataWriteRestricted } from './checks/azure.cosmosdb.metadata-write-restricted.js';
import { cosmosdbMinimumTls } from './checks/azure.cosmosdb.minimum-tls.js';
import { cosmosdbNetworkRestricted } from './checks/azure.cosmosdb.network-restricted.js';
import { cosmosdbPrivateEndpoint } from './checks/azure.cosmosdb.private-endpoint.js';
import { cosmosCollectors } from './collect.js';
import { cosmosDemo } from './demo.js';

export const cosmosdb: AzureService = {
  id: 'cosmosdb',
  collectors: cosmosCollectors,
  checks: [
    cosmosdbCmkEncrypted,
    cosmosdbLocalAuthDisabled,
    cosmosdbMetadataWriteRestricted,
    cosmosdbMinimumTls,
    cosmosdbNetworkRestricted,
    cosmosdbPrivateEndpoint,
  ],
  links: new URL('./links.yaml', import.meta.url),
  demo: cosmosDemo,
};
