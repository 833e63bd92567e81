import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { sagemakerNotebookKmsEncrypted as check } from './aws.sagemaker.notebook-kms-encrypted.js';
import { notebook, notebookErrorCases } from './sagemaker.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'key passes', snapshot: notebook(), expected: [['pass', 'kms']] },
    { name: 'no key fails', snapshot: notebook({ kmsKeyId: undefined }), expected: [['fail', 'no-kms']] },
    ...notebookErrorCases,
  ],
};
