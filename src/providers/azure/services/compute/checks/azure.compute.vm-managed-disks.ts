import { either, itemCheck } from '../../../service-kit/check.js';
import { missingFrom } from '../compute-kit.js';
import { AZURE_COMPUTE_VMS, VM } from '../state.js';

export const computeVmManagedDisks = itemCheck(
  {
    id: 'azure.compute.vm-managed-disks',
    title: 'Virtual machines use managed OS and data disks',
    service: 'compute',
    resourceType: VM,
    severity: 'medium',
    rationale:
      "One result per VM. Reads `storageProfile.osDisk` and every `dataDisks` entry: a disk with `managedDisk` is a managed disk (encrypted at rest by the platform, with Azure RBAC, disk encryption sets and disk export controls); a disk with a `vhd` URI is an unmanaged page blob in a storage account, governed only by that account's keys and network rules. Passes when every disk is managed, fails when any is unmanaged. A VM listed without an OS disk, or a disk naming neither, is an error.",
    remediation: {
      text: 'Convert the VM to managed disks (the VM is deallocated during the conversion).',
      cli: 'az vm deallocate --resource-group <group> --name <vm> && az vm convert --resource-group <group> --name <vm>',
    },
  },
  AZURE_COMPUTE_VMS,
  (x) => {
    const profile = x.properties.storageProfile;
    if (!profile?.osDisk) return missingFrom(VM, `VM ${x.name} reports no OS disk in its storage profile`);
    const disks = [profile.osDisk, ...(profile.dataDisks ?? [])];
    const label = (n: number) => disks[n]!.name ?? (n === 0 ? 'OS disk' : `data disk at LUN ${disks[n]!.lun ?? '?'}`);
    const unknown = disks.findIndex((d) => !d.vhd?.uri && !d.managedDisk);
    if (unknown >= 0) return missingFrom(VM, `VM ${x.name}: ${label(unknown)} is neither a managed disk nor a VHD`);
    const unmanaged = disks.flatMap((d, n) => (d.vhd?.uri ? [label(n)] : []));
    return either(
      unmanaged.length === 0,
      ['managed-disks', `VM ${x.name} uses managed disks only (${disks.length}).`],
      ['unmanaged-disks', `VM ${x.name} has ${unmanaged.length} unmanaged (VHD) disk(s): ${unmanaged.join(', ')}.`],
      { disks: disks.length, unmanaged },
    );
  },
);
