import { bad, itemCheck, ok } from '../../../service-kit/check.js';
import { missingFrom } from '../compute-kit.js';
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
  (d) => {
    const policy = d.properties.networkAccessPolicy;
    if (!policy) return missingFrom(DISK, `disk ${d.name} reports no networkAccessPolicy`);
    const pna = d.properties.publicNetworkAccess;
    const observed = { networkAccessPolicy: policy, publicNetworkAccess: pna ?? null };
    const p = policy.toLowerCase();
    if (p === 'denyall') return ok('export-denied', `Disk ${d.name} cannot be exported or uploaded to.`, observed);
    if (p === 'allowprivate') return ok('private-only', `Disk ${d.name} can be exported only through private endpoints.`, observed);
    return pna?.toLowerCase() === 'disabled'
      ? ok('public-access-disabled', `Disk ${d.name} allows export, but not from the internet.`, observed)
      : bad(
          'public-export',
          `Disk ${d.name} can be exported or uploaded from any network (${policy}, public access ${pna ?? 'not disabled'}).`,
          observed,
        );
  },
);
