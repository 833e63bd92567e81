import { approvedPrivateEndpoints } from '../../../check-kit.js';
import { either, itemCheck } from '../../../service-kit/check.js';
import { AZURE_COSMOS_ACCOUNTS, COSMOS_ACCOUNT } from '../state.js';

export const cosmosdbPrivateEndpoint = itemCheck(
  {
    id: 'azure.cosmosdb.private-endpoint',
    title: 'Cosmos DB accounts are reached through private endpoints',
    service: 'cosmosdb',
    resourceType: COSMOS_ACCOUNT,
    severity: 'low',
    rationale:
      'One result per account. Passes when at least one private endpoint connection is Approved; fails otherwise (pending or rejected connections carry no traffic).',
    remediation: { text: 'Create a private endpoint for the account in the VNet the applications use.' },
  },
  AZURE_COSMOS_ACCOUNTS,
  (x) => {
    const n = approvedPrivateEndpoints(x.properties.privateEndpointConnections).length;
    return either(
      n > 0,
      ['private-endpoint', `Account ${x.name} has ${n} approved private endpoint(s).`],
      ['no-private-endpoint', `Account ${x.name} has no approved private endpoint.`],
    );
  },
);
