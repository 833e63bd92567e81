import { either, itemCheck } from '../../../service-kit/check.js';
import { AZURE_COSMOS_ACCOUNTS, COSMOS_ACCOUNT } from '../state.js';

export const cosmosdbCmkEncrypted = itemCheck(
  {
    id: 'azure.cosmosdb.cmk-encrypted',
    title: 'Cosmos DB accounts are encrypted with a customer-managed key',
    service: 'cosmosdb',
    resourceType: COSMOS_ACCOUNT,
    severity: 'low',
    rationale:
      'One result per account. Passes when `keyVaultKeyUri` is set, so data at rest is encrypted with a key the customer controls in Key Vault (and can revoke). Fails when absent: data is still encrypted, with Microsoft-managed keys. Use where policy requires customer-held keys; otherwise accept the failure as a documented decision.',
    remediation: {
      text: 'Customer-managed keys can only be set when an account is created; create a new account with a Key Vault key and migrate.',
    },
  },
  AZURE_COSMOS_ACCOUNTS,
  (x) =>
    either(
      Boolean(x.properties.keyVaultKeyUri),
      ['cmk', `Account ${x.name} is encrypted with a customer-managed key.`],
      ['platform-key', `Account ${x.name} uses Microsoft-managed keys.`],
    ),
);
