import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { disk, VM_ID } from '../cases.fixtures.js';
import { AZURE_COMPUTE_DISKS, DISK } from '../state.js';
import { computeDiskCmkEncrypted as check } from './azure.compute.disk-cmk-encrypted.js';

const cmk = { type: 'EncryptionAtRestWithCustomerKey', diskEncryptionSetId: 'des' };
/** An attached Confidential VM OS disk: platform key at rest, confidential disk encryption per its security profile. */
const confidential = (securityProfile: { securityType: string; secureVMDiskEncryptionSetId?: string }) =>
  disk('d', { diskState: 'Attached', encryption: { type: 'EncryptionAtRestWithPlatformKey' }, securityProfile }, VM_ID);

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_COMPUTE_DISKS, DISK, [
    ['attached CMK passes', [disk('d', { diskState: 'Attached', encryption: cmk }, VM_ID)], [['pass', 'cmk']]],
    [
      'double encryption passes',
      [disk('d', { diskState: 'Attached', encryption: { type: 'EncryptionAtRestWithPlatformAndCustomerKeys' } }, VM_ID)],
      [['pass', 'cmk']],
    ],
    [
      'reserved (deallocated VM) platform key fails',
      [disk('d', { diskState: 'Reserved', encryption: { type: 'EncryptionAtRestWithPlatformKey' } })],
      [['fail', 'platform-key']],
    ],
    [
      'Confidential VM OS disk encrypted with a customer key passes (the key is in the disk security profile)',
      [confidential({ securityType: 'ConfidentialVM_DiskEncryptedWithCustomerKey', secureVMDiskEncryptionSetId: 'des' })],
      [['pass', 'cmk']],
    ],
    [
      'Confidential VM OS disk encrypted with a platform key fails',
      [confidential({ securityType: 'ConfidentialVM_DiskEncryptedWithPlatformKey' })],
      [['fail', 'platform-key']],
    ],
    ['unattached is not applicable', [disk('d', { diskState: 'Unattached', encryption: cmk })], [['not_applicable', 'unattached']]],
    ['no encryption type is an error', [disk('d', { diskState: 'Attached' }, VM_ID)], [['error', 'error.unknown']]],
  ]),
};
