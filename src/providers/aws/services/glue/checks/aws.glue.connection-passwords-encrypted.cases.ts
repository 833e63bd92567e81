import { type CheckCases, snapshot, throttled } from '../../../../../../test/support/snapshot.js';
import { catalog, R } from '../state.fixtures.js';
import { GLUE_CATALOG_ENCRYPTION } from '../state.js';
import { glueConnectionPasswordsEncrypted as check } from './aws.glue.connection-passwords-encrypted.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'encrypted passwords pass', snapshot: catalog(), expected: [['pass', 'passwords-encrypted']] },
    {
      name: 'clear-text passwords fail, whatever the catalog mode',
      snapshot: catalog({ passwordsEncrypted: false, passwordKmsKey: undefined }),
      expected: [['fail', 'passwords-clear']],
    },
    {
      name: 'a throttled read is an error for the region',
      snapshot: snapshot().regional(GLUE_CATALOG_ENCRYPTION, R, throttled('glue:GetDataCatalogEncryptionSettings')),
      expected: [['error', 'error.throttled']],
    },
  ],
};
