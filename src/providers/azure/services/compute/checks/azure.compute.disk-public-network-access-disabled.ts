import { itemCheck } from '../../../service-kit/check.js';
import { exportVerdict } from '../compute-kit.js';
import { AZURE_COMPUTE_DISKS, DISK } from '../state.js';

export const computeDiskPublicNetworkAccessDisabled = itemCheck(
  {
    id: 'azure.compute.disk-public-network-access-disabled',
    title: 'Managed disks cannot be exported or uploaded from the internet',
    service: 'compute',
    resourceType: DISK,
    severity: 'medium',
    rationale:
      "One result per managed disk. A disk's data can be read or overwritten through a SAS URI; `networkAccessPolicy` says from where: `DenyAll` (no export or upload at all) and `AllowPrivate` (only through a disk access resource's private endpoints) pass. With `AllowAll`, Microsoft documents that `publicNetworkAccess` `Disabled` still keeps the SAS URI off the internet, so that passes, while `Enabled` or an unset value fails: anyone holding a SAS URI can copy the disk from anywhere. A disk listed without `networkAccessPolicy` is an error.",
    remediation: {
      text: 'Deny export, or allow it only through a disk access private endpoint, and disable public network access.',
      cli: 'az disk update --resource-group <group> --name <disk> --network-access-policy DenyAll --public-network-access Disabled',
    },
  },
  AZURE_COMPUTE_DISKS,
  (d) => exportVerdict(d, `Disk ${d.name}`, DISK),
);
