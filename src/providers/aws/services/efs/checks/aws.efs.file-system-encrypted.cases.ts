import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { deniedKey, listed } from '../../cases.fixtures.js';
import { EFS_FILE_SYSTEMS } from '../state.js';
import { efsFileSystemEncrypted as check } from './aws.efs.file-system-encrypted.js';
import { fs } from './efs.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'passes', snapshot: listed(EFS_FILE_SYSTEMS, fs()), expected: [['pass', 'encrypted']] },
    { name: 'fails', snapshot: listed(EFS_FILE_SYSTEMS, fs({ encrypted: false })), expected: [['fail', 'not-encrypted']] },
    {
      name: 'denied listing is an error',
      snapshot: deniedKey(EFS_FILE_SYSTEMS, 'elasticfilesystem:Describe'),
      expected: [['error', 'error.denied']],
    },
  ],
};
