import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { R, repo } from '../state.fixtures.js';
import { ECR_REPOSITORIES } from '../state.js';
import { ecrRepositoryCmkEncrypted as check } from './aws.ecr.repository-cmk-encrypted.js';

const one = (encryptionType: string) => snapshot().regional(ECR_REPOSITORIES, R, [repo('web', { encryptionType })]);

export const table: CheckCases = {
  check,
  cases: [
    { name: 'KMS passes', snapshot: one('KMS'), expected: [['pass', 'kms']] },
    { name: 'AES256 fails', snapshot: one('AES256'), expected: [['fail', 'aes256']] },
    {
      name: 'denied listing is an error',
      snapshot: snapshot().regional(ECR_REPOSITORIES, R, denied()),
      expected: [['error', 'error.denied']],
    },
  ],
};
