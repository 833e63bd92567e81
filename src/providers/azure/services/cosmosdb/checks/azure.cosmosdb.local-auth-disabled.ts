import { either, itemCheck } from '../../../service-kit/check.js';
import { AZURE_COSMOS_ACCOUNTS, COSMOS_ACCOUNT } from '../state.js';

export const cosmosdbLocalAuthDisabled = itemCheck(
  {
    id: 'azure.cosmosdb.local-auth-disabled',
    title: 'Cosmos DB accounts accept only Entra ID data-plane access',
    service: 'cosmosdb',
    resourceType: COSMOS_ACCOUNT,
    severity: 'medium',
    rationale:
      'One result per account. Passes when `disableLocalAuth` is true, so account keys and resource tokens are refused and every data-plane call carries an Entra identity governed by Cosmos DB RBAC. Fails when false or absent (the default), where the primary key gives full read and write to every container.',
    remediation: {
      text: 'Grant applications Cosmos DB data roles, then disable key-based authentication.',
      cli: 'az resource update --resource-group <group> --name <account> --resource-type Microsoft.DocumentDB/databaseAccounts --set properties.disableLocalAuth=true',
    },
  },
  AZURE_COSMOS_ACCOUNTS,
  (x) =>
    either(
      x.properties.disableLocalAuth === true,
      ['entra-only', `Account ${x.name} refuses account keys.`],
      ['keys-accepted', `Account ${x.name} accepts account keys.`],
    ),
);
