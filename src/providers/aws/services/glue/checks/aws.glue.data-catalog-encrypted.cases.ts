import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { catalog, R } from '../state.fixtures.js';
import { GLUE_CATALOG_ENCRYPTION } from '../state.js';
import { glueDataCatalogEncrypted as check } from './aws.glue.data-catalog-encrypted.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'SSE-KMS passes', snapshot: catalog(), expected: [['pass', 'catalog-encrypted']] },
    {
      name: 'SSE-KMS with a service role passes',
      snapshot: catalog({ catalogMode: 'SSE-KMS-WITH-SERVICE-ROLE' }),
      expected: [['pass', 'catalog-encrypted']],
    },
    {
      name: 'DISABLED fails',
      snapshot: catalog({ catalogMode: 'DISABLED', catalogKmsKey: undefined }),
      expected: [['fail', 'catalog-unencrypted']],
    },
    {
      name: 'a mode Glue does not document is an error, not a pass',
      snapshot: catalog({ catalogMode: 'disabled' }),
      expected: [['error', 'error.unknown']],
    },
    {
      name: 'a denied read is an error for the region',
      snapshot: snapshot().regional(GLUE_CATALOG_ENCRYPTION, R, denied('glue:GetDataCatalogEncryptionSettings')),
      expected: [['error', 'error.denied']],
    },
  ],
};
