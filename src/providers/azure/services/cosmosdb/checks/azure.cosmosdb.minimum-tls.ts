import { either, itemCheck, missing } from '../../../service-kit/check.js';
import { listApi } from '../../../service-kit/collect.js';
import { AZURE_COSMOS_ACCOUNTS, COSMOS_ACCOUNT } from '../state.js';

export const cosmosdbMinimumTls = itemCheck(
  {
    id: 'azure.cosmosdb.minimum-tls',
    title: 'Cosmos DB accounts require TLS 1.2',
    service: 'cosmosdb',
    resourceType: COSMOS_ACCOUNT,
    severity: 'medium',
    rationale:
      'One result per account. Passes when `minimalTlsVersion` is Tls12; fails for Tls or Tls11, which accept deprecated protocol versions. Current API versions always return the field; an answer without it is an error rather than an assumed default.',
    remediation: {
      text: 'Set the minimal TLS version to 1.2.',
      cli: 'az cosmosdb update --resource-group <group> --name <account> --minimal-tls-version Tls12',
    },
  },
  AZURE_COSMOS_ACCOUNTS,
  (x) =>
    x.properties.minimalTlsVersion === undefined
      ? missing(listApi(COSMOS_ACCOUNT).api, listApi(COSMOS_ACCOUNT).actions[0]!, `account ${x.name} reports no minimalTlsVersion`)
      : either(
          x.properties.minimalTlsVersion === 'Tls12',
          ['tls12', `Account ${x.name} requires TLS 1.2.`],
          ['tls-legacy', `Account ${x.name} accepts ${x.properties.minimalTlsVersion}.`],
        ),
);
