/** Virtual machines and managed disks through the generic ARM client. */
import type { AzureCollector } from '../../context.js';
import { armList } from '../../service-kit/collect.js';
import { type Shape, withTags } from '../../wire.js';
import { AZURE_COMPUTE_DISKS, AZURE_COMPUTE_VMS, DISK, type ManagedDisk, type VirtualMachine, VM, type VmDisk } from './state.js';

const VM_DISK: Shape<VmDisk> = {
  name: true,
  lun: true,
  osType: true,
  vhd: { uri: true },
  managedDisk: { id: true, storageAccountType: true },
};

// osProfile carries adminPassword, customData, secrets and SSH keys: only the flags below are named, so none is kept.
const VM_SHAPE: Shape<VirtualMachine> = {
  id: true,
  name: true,
  type: true,
  location: true,
  tags: true,
  properties: {
    storageProfile: { osDisk: VM_DISK, dataDisks: VM_DISK },
    securityProfile: {
      encryptionAtHost: true,
      securityType: true,
      uefiSettings: { secureBootEnabled: true, vTpmEnabled: true },
    },
    osProfile: {
      linuxConfiguration: { disablePasswordAuthentication: true, patchSettings: { patchMode: true, assessmentMode: true } },
      windowsConfiguration: { enableAutomaticUpdates: true, patchSettings: { patchMode: true, assessmentMode: true } },
    },
  },
};

const DISK_SHAPE: Shape<ManagedDisk> = {
  id: true,
  name: true,
  type: true,
  location: true,
  tags: true,
  managedBy: true,
  properties: {
    diskState: true,
    osType: true,
    encryption: { type: true, diskEncryptionSetId: true },
    securityProfile: { securityType: true, secureVMDiskEncryptionSetId: true },
    networkAccessPolicy: true,
    publicNetworkAccess: true,
  },
};

export const computeCollectors = [
  armList(AZURE_COMPUTE_VMS, VM, '2024-07-01', VM_SHAPE, withTags),
  armList(AZURE_COMPUTE_DISKS, DISK, '2024-03-02', DISK_SHAPE, withTags),
] as readonly AzureCollector<unknown>[];
