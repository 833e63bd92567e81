import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { disk, VM_ID } from '../cases.fixtures.js';
import { AZURE_COMPUTE_DISKS, DISK } from '../state.js';
import { computeUnattachedDiskCmkEncrypted as check } from './azure.compute.unattached-disk-cmk-encrypted.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_COMPUTE_DISKS, DISK, [
    [
      'unattached CMK passes',
      [disk('d', { diskState: 'Unattached', encryption: { type: 'EncryptionAtRestWithCustomerKey' } })],
      [['pass', 'cmk']],
    ],
    [
      'unattached platform key fails',
      [disk('d', { diskState: 'Unattached', encryption: { type: 'EncryptionAtRestWithPlatformKey' } })],
      [['fail', 'platform-key']],
    ],
    [
      'attached is not applicable',
      [disk('d', { diskState: 'Attached', encryption: { type: 'EncryptionAtRestWithPlatformKey' } }, VM_ID)],
      [['not_applicable', 'attached']],
    ],
    ['no encryption type is an error', [disk('d', { diskState: 'Unattached' })], [['error', 'error.unknown']]],
  ]),
};
