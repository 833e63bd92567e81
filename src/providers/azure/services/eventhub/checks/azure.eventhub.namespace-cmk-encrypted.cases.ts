import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { ehNamespace as ns } from '../cases.fixtures.js';
import { AZURE_EVENTHUB_NAMESPACES, EVENTHUB_NAMESPACE } from '../state.js';
import { eventhubNamespaceCmkEncrypted as check } from './azure.eventhub.namespace-cmk-encrypted.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_EVENTHUB_NAMESPACES, EVENTHUB_NAMESPACE, [
    [
      'Premium with a Key Vault key passes',
      [
        ns(
          'n',
          { encryption: { keySource: 'Microsoft.KeyVault', keyVaultProperties: [{ keyName: 'k', keyVaultUri: 'https://v' }] } },
          'Premium',
        ),
      ],
      [['pass', 'cmk']],
    ],
    ['Premium with platform keys fails', [ns('n', {}, 'Premium')], [['fail', 'platform-key']]],
    [
      'Key Vault named without a key fails',
      [ns('n', { encryption: { keySource: 'Microsoft.KeyVault', keyVaultProperties: [] } }, 'Premium')],
      [['fail', 'platform-key']],
    ],
    ['a Dedicated cluster namespace with platform keys fails', [ns('n', { clusterArmId: '/clusters/c' })], [['fail', 'platform-key']]],
    ['Standard is not applicable', [ns('n', {}, 'Standard')], [['not_applicable', 'tier-without-cmk']]],
    ['Basic is not applicable', [ns('n', {}, 'Basic')], [['not_applicable', 'tier-without-cmk']]],
    ['no sku is an error', [ns('n', {}, null)], [['error', 'error.unknown']]],
  ]),
};
