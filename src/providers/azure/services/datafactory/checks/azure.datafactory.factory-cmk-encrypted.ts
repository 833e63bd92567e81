import { either, itemCheck } from '../../../service-kit/check.js';
import { AZURE_DATA_FACTORIES, FACTORY } from '../state.js';

export const datafactoryFactoryCmkEncrypted = itemCheck(
  {
    id: 'azure.datafactory.factory-cmk-encrypted',
    title: 'Data factories are encrypted with a customer-managed key',
    service: 'datafactory',
    resourceType: FACTORY,
    severity: 'low',
    rationale:
      'One result per factory. Passes when `encryption.vaultBaseUrl` is set: the factory\'s metadata (pipelines, linked service definitions, run history) is encrypted under a Key Vault key the customer controls and can revoke. Fails when it is absent, as the built-in policy "Azure data factories should be encrypted with a customer-managed key" judges it: the data is then encrypted with Microsoft-managed keys. Use where policy requires customer-held keys; otherwise accept the failure as a documented decision.',
    remediation: {
      text: 'Customer-managed keys can be added only to an empty factory (or at creation): give the factory an identity with get, wrap and unwrap rights on a Key Vault key and set it as the factory encryption key.',
    },
  },
  AZURE_DATA_FACTORIES,
  (x) =>
    either(
      Boolean(x.properties.encryption?.vaultBaseUrl),
      ['cmk', `Factory ${x.name} is encrypted with a customer-managed key.`],
      ['platform-key', `Factory ${x.name} uses Microsoft-managed keys.`],
    ),
);
