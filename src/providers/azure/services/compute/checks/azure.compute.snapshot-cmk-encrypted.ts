import { itemCheck } from '../../../service-kit/check.js';
import { diskKeyVerdict } from '../compute-kit.js';
import { AZURE_COMPUTE_SNAPSHOTS, SNAPSHOT } from '../state.js';

export const computeSnapshotCmkEncrypted = itemCheck(
  {
    id: 'azure.compute.snapshot-cmk-encrypted',
    title: 'Disk snapshots are encrypted with a customer-managed key',
    service: 'compute',
    resourceType: SNAPSHOT,
    severity: 'low',
    rationale:
      'One result per snapshot, judged as managed disks are: every snapshot is encrypted at rest; this passes when `encryption.type` is `EncryptionAtRestWithCustomerKey` or `EncryptionAtRestWithPlatformAndCustomerKeys` (a disk encryption set with a Key Vault key the organisation controls), or when the snapshot of a Confidential VM OS disk has `securityProfile.securityType` `ConfidentialVM_DiskEncryptedWithCustomerKey`, so revoking the key makes the copied data unreadable too. Fails with `EncryptionAtRestWithPlatformKey` (Microsoft-managed keys only). As for the disk checks, use where policy requires customer-held keys; otherwise accept the failure as a documented decision.',
    remediation: {
      text: 'Assign a disk encryption set with a customer-managed key to the snapshot, or delete snapshots that are no longer needed.',
      cli: 'az snapshot update --resource-group <group> --name <snapshot> --encryption-type EncryptionAtRestWithCustomerKey --disk-encryption-set <des-id>',
    },
  },
  AZURE_COMPUTE_SNAPSHOTS,
  (s) => diskKeyVerdict(s, `Snapshot ${s.name}`, SNAPSHOT),
);
