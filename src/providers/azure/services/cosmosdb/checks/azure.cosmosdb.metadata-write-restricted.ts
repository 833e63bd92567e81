import { either, itemCheck } from '../../../service-kit/check.js';
import { AZURE_COSMOS_ACCOUNTS, COSMOS_ACCOUNT } from '../state.js';

export const cosmosdbMetadataWriteRestricted = itemCheck(
  {
    id: 'azure.cosmosdb.metadata-write-restricted',
    title: 'Cosmos DB account keys cannot change account metadata',
    service: 'cosmosdb',
    resourceType: COSMOS_ACCOUNT,
    severity: 'low',
    rationale:
      'One result per account. Passes when `disableKeyBasedMetadataWriteAccess` is true, so databases, containers and throughput can only be changed through ARM (RBAC, activity log) and not with an account key. Fails when false or absent (the default).',
    remediation: {
      text: 'Disable key-based metadata write access.',
      cli: 'az cosmosdb update --resource-group <group> --name <account> --disable-key-based-metadata-write-access true',
    },
  },
  AZURE_COSMOS_ACCOUNTS,
  (x) =>
    either(
      x.properties.disableKeyBasedMetadataWriteAccess === true,
      ['metadata-locked', `Account ${x.name} allows metadata changes only through ARM.`],
      ['metadata-writable', `Account ${x.name} lets account keys change metadata.`],
    ),
);
