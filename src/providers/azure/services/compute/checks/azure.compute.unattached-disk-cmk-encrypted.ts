import { itemCheck, skip } from '../../../service-kit/check.js';
import { diskKeyVerdict, isAttached } from '../compute-kit.js';
import { AZURE_COMPUTE_DISKS, DISK } from '../state.js';

export const computeUnattachedDiskCmkEncrypted = itemCheck(
  {
    id: 'azure.compute.unattached-disk-cmk-encrypted',
    title: 'Unattached disks are encrypted with a customer-managed key',
    service: 'compute',
    resourceType: DISK,
    severity: 'low',
    rationale:
      'One result per managed disk not attached to any VM (no `managedBy`, `diskState` not `Attached` or `Reserved`): leftovers of deleted VMs, uploads and copies, which still hold their data and are easily forgotten. Passes when `encryption.type` is `EncryptionAtRestWithCustomerKey` or `EncryptionAtRestWithPlatformAndCustomerKeys`, or its `securityProfile.securityType` is `ConfidentialVM_DiskEncryptedWithCustomerKey` (Confidential VM disk encryption with a customer key), so revoking the Key Vault key makes the data unreadable; fails with `EncryptionAtRestWithPlatformKey` (Microsoft-managed keys only). Attached disks are not applicable here.',
    remediation: {
      text: 'Delete unattached disks that are no longer needed; otherwise assign a disk encryption set with a customer-managed key.',
      cli: 'az disk update --resource-group <group> --name <disk> --encryption-type EncryptionAtRestWithCustomerKey --disk-encryption-set <des-id>',
    },
  },
  AZURE_COMPUTE_DISKS,
  (d) =>
    isAttached(d)
      ? skip('attached', `Disk ${d.name} is attached to ${d.managedBy ?? 'a VM'}.`)
      : diskKeyVerdict(d, `Unattached disk ${d.name}`, DISK),
);
