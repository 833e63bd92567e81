/** Virtual machines, scale sets, managed disks and snapshots through the generic ARM client. */
import type { AzureCollector } from '../../context.js';
import { armList } from '../../service-kit/collect.js';
import { type Shape, withTags } from '../../wire.js';
import {
  AZURE_COMPUTE_DISKS,
  AZURE_COMPUTE_SCALE_SETS,
  AZURE_COMPUTE_SNAPSHOTS,
  AZURE_COMPUTE_VMS,
  DISK,
  type DiskLike,
  type GuestProfile,
  type ManagedDisk,
  type ScaleSet,
  SNAPSHOT,
  type Snapshot,
  type VirtualMachine,
  VM,
  VMSS,
  type VmDisk,
} from './state.js';

/*
 * GA API versions Microsoft documents: 2024-07-01 for the compute resource provider (the REST
 * reference of Virtual Machines - List All, the virtualMachineScaleSets template reference),
 * 2024-03-02 for the disk resource provider (the Microsoft.Compute resource-type version list for
 * disks, the snapshots API change log).
 */
const COMPUTE_API = '2024-07-01';
const DISK_API = '2024-03-02';

const VM_DISK: Shape<VmDisk> = {
  name: true,
  lun: true,
  osType: true,
  createOption: true,
  vhd: { uri: true },
  managedDisk: { id: true, storageAccountType: true },
};

// osProfile carries adminPassword, customData, secrets and SSH keys: only the flags below are named, so none is kept.
const GUEST: Shape<GuestProfile> = {
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
};

const TRACKED = { id: true, name: true, type: true, location: true, tags: true } as const;

const VM_SHAPE: Shape<VirtualMachine> = { ...TRACKED, properties: GUEST };

const SCALE_SET_SHAPE: Shape<ScaleSet> = {
  ...TRACKED,
  properties: {
    orchestrationMode: true,
    upgradePolicy: { mode: true, automaticOSUpgradePolicy: { enableAutomaticOSUpgrade: true } },
    virtualMachineProfile: GUEST,
  },
};

const DISK_PROPERTIES: Shape<DiskLike['properties']> = {
  diskState: true,
  osType: true,
  encryption: { type: true, diskEncryptionSetId: true },
  securityProfile: { securityType: true, secureVMDiskEncryptionSetId: true },
  networkAccessPolicy: true,
  publicNetworkAccess: true,
};

const DISK_SHAPE: Shape<ManagedDisk> = { ...TRACKED, managedBy: true, properties: DISK_PROPERTIES };

const SNAPSHOT_SHAPE: Shape<Snapshot> = { ...TRACKED, properties: { ...DISK_PROPERTIES, incremental: true } };

export const computeCollectors = [
  armList(AZURE_COMPUTE_VMS, VM, COMPUTE_API, VM_SHAPE, withTags),
  armList(AZURE_COMPUTE_SCALE_SETS, VMSS, COMPUTE_API, SCALE_SET_SHAPE, withTags),
  armList(AZURE_COMPUTE_DISKS, DISK, DISK_API, DISK_SHAPE, withTags),
  armList(AZURE_COMPUTE_SNAPSHOTS, SNAPSHOT, DISK_API, SNAPSHOT_SHAPE, withTags),
] as readonly AzureCollector<unknown>[];
