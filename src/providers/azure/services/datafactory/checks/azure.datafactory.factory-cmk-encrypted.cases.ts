import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { factory } from '../cases.fixtures.js';
import { AZURE_DATA_FACTORIES, FACTORY } from '../state.js';
import { datafactoryFactoryCmkEncrypted as check } from './azure.datafactory.factory-cmk-encrypted.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_DATA_FACTORIES, FACTORY, [
    [
      'a vault URL passes',
      [factory('f', { encryption: { vaultBaseUrl: 'https://kv.vault.azure.net', keyName: 'adf' } })],
      [['pass', 'cmk']],
    ],
    ['no encryption block fails', [factory('f')], [['fail', 'platform-key']]],
  ]),
};
