import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { workspace } from '../cases.fixtures.js';
import { AZURE_SYNAPSE_WORKSPACES, WORKSPACE } from '../state.js';
import { synapseWorkspaceCmkEncrypted as check } from './azure.synapse.workspace-cmk-encrypted.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_SYNAPSE_WORKSPACES, WORKSPACE, [
    [
      'a key passes',
      [workspace('w', { encryption: { cmk: { key: { name: 'k', keyVaultUrl: 'https://kv.vault.azure.net/keys/k' }, status: 'Active' } } })],
      [['pass', 'cmk']],
    ],
    ['no key fails', [workspace('w', { encryption: { doubleEncryptionEnabled: false } })], [['fail', 'platform-key']]],
    ['no encryption block fails', [workspace('w')], [['fail', 'platform-key']]],
  ]),
};
