import { itemCheck } from '../../../service-kit/check.js';
import { exportVerdict } from '../compute-kit.js';
import { AZURE_COMPUTE_SNAPSHOTS, SNAPSHOT } from '../state.js';

export const computeSnapshotPublicNetworkAccessDisabled = itemCheck(
  {
    id: 'azure.compute.snapshot-public-network-access-disabled',
    title: 'Disk snapshots cannot be exported from the internet',
    service: 'compute',
    resourceType: SNAPSHOT,
    severity: 'medium',
    rationale:
      "One result per snapshot. A snapshot is a full copy of a disk's data at one moment, and like a disk it can be downloaded through a SAS URI; its `networkAccessPolicy` says from where, judged as for disks: `DenyAll` (no export) and `AllowPrivate` (only through a disk access resource's private endpoints) pass. With `AllowAll`, `publicNetworkAccess` `Disabled` still keeps the SAS URI off the internet and passes, while `Enabled` or unset fails: whoever holds the link can copy the whole disk from anywhere, and the message says so when `diskState` is `ActiveSAS` (a link is live now). A snapshot listed without `networkAccessPolicy` is an error.",
    remediation: {
      text: 'Deny export of the snapshot, or allow it only through a disk access private endpoint, and disable public network access; revoke any live SAS.',
      cli: 'az snapshot revoke-access --resource-group <group> --name <snapshot> && az snapshot update --resource-group <group> --name <snapshot> --network-access-policy DenyAll --public-network-access Disabled',
    },
  },
  AZURE_COMPUTE_SNAPSHOTS,
  (s) => exportVerdict(s, `Snapshot ${s.name}`, SNAPSHOT),
);
