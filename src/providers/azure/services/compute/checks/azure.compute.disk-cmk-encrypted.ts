import { itemCheck, skip } from '../../../service-kit/check.js';
import { diskKeyVerdict, isAttached } from '../compute-kit.js';
import { AZURE_COMPUTE_DISKS, DISK } from '../state.js';

export const computeDiskCmkEncrypted = itemCheck(
  {
    id: 'azure.compute.disk-cmk-encrypted',
    title: 'Disks attached to virtual machines are encrypted with a customer-managed key',
    service: 'compute',
    resourceType: DISK,
    severity: 'low',
    rationale:
      'One result per managed disk attached to a VM (`managedBy` set, or `diskState` `Attached` or `Reserved`). Every managed disk is encrypted at rest; this passes when `encryption.type` is `EncryptionAtRestWithCustomerKey` or `EncryptionAtRestWithPlatformAndCustomerKeys`, or when the `securityProfile.securityType` of a Confidential VM OS disk is `ConfidentialVM_DiskEncryptedWithCustomerKey` (disk and guest state encrypted with the key of its `secureVMDiskEncryptionSetId`), so a Key Vault key the organisation controls (through a disk encryption set) can be rotated or revoked to cut off the data. Fails with `EncryptionAtRestWithPlatformKey`: Microsoft-managed keys only. Use where policy requires customer-held keys; otherwise accept the failure as a documented decision. Unattached disks are judged by azure.compute.unattached-disk-cmk-encrypted.',
    remediation: {
      text: 'Create a disk encryption set with a Key Vault key and assign it to the disk (the VM must be deallocated).',
      cli: 'az disk update --resource-group <group> --name <disk> --encryption-type EncryptionAtRestWithCustomerKey --disk-encryption-set <des-id>',
    },
  },
  AZURE_COMPUTE_DISKS,
  (d) =>
    isAttached(d) ? diskKeyVerdict(d, `Attached disk ${d.name}`, DISK) : skip('unattached', `Disk ${d.name} is not attached to a VM.`),
);
