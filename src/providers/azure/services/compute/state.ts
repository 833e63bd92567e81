/** Virtual machine, scale set, managed disk and snapshot state: ARM wire names, trimmed to what the checks read. No SDK imports. */
import { inventoryKey } from '../../../../model/keys.js';
import type { ArmResource } from '../../arm-state.js';

export const VM = 'Microsoft.Compute/virtualMachines';
export const DISK = 'Microsoft.Compute/disks';
export const VMSS = 'Microsoft.Compute/virtualMachineScaleSets';
export const SNAPSHOT = 'Microsoft.Compute/snapshots';

/** An OS or data disk as a VM's storage profile names it: a managed disk, or an unmanaged page blob (`vhd`). */
export interface VmDisk {
  name?: string;
  /** Data disks only: the logical unit number. */
  lun?: number;
  /** `Linux` or `Windows` (OS disk only). */
  osType?: string;
  /** `FromImage` (provisioned by Azure), `Attach` (a specialised disk: Azure provisioned nothing) or `Empty`. */
  createOption?: string;
  /** Set for an unmanaged disk: the page blob's URI in a storage account. */
  vhd?: { uri?: string };
  /** Set for a managed disk. */
  managedDisk?: { id?: string; storageAccountType?: string };
}

/** Guest patching settings, Linux (`ImageDefault`, `AutomaticByPlatform`) or Windows (`Manual`, `AutomaticByOS`, `AutomaticByPlatform`). */
export interface PatchSettings {
  patchMode?: string;
  assessmentMode?: string;
}

/** Absent means encryption at host off and security type Standard (Microsoft's documented defaults). */
export interface SecurityProfile {
  encryptionAtHost?: boolean;
  /** `Standard`, `TrustedLaunch` or `ConfidentialVM`. */
  securityType?: string;
  uefiSettings?: { secureBootEnabled?: boolean; vTpmEnabled?: boolean };
}

/**
 * The guest settings ARM applied at provisioning. Only the flags below are named: the admin
 * password, custom data, SSH keys and vault secrets beside them are never kept.
 */
export interface OsProfile {
  linuxConfiguration?: { disablePasswordAuthentication?: boolean; patchSettings?: PatchSettings };
  windowsConfiguration?: { enableAutomaticUpdates?: boolean; patchSettings?: PatchSettings };
}

/** What a VM and a scale set's VM profile share: the checks on both judge this. */
export interface GuestProfile {
  storageProfile?: { osDisk?: VmDisk; dataDisks?: VmDisk[] };
  securityProfile?: SecurityProfile;
  /** Absent for a VM created from a specialised (attached) OS disk: ARM then knows nothing of its guest settings. */
  osProfile?: OsProfile;
}

/** `GET /subscriptions/{id}/providers/Microsoft.Compute/virtualMachines`. */
export interface VirtualMachine extends ArmResource {
  properties: GuestProfile;
}

/** `GET /subscriptions/{id}/providers/Microsoft.Compute/virtualMachineScaleSets`. */
export interface ScaleSet extends ArmResource {
  properties: {
    /** `Uniform` (instances are scale set VMs, not listed as VMs) or `Flexible` (instances are ordinary VMs). */
    orchestrationMode?: string;
    upgradePolicy?: {
      /** `Automatic`, `Manual` or `Rolling`: how a model change reaches the instances. */
      mode?: string;
      /** Microsoft documents `enableAutomaticOSUpgrade` as false when unset. */
      automaticOSUpgradePolicy?: { enableAutomaticOSUpgrade?: boolean };
    };
    /** The model every instance is built from; a Flexible scale set may have none (VMs added by hand). */
    virtualMachineProfile?: GuestProfile;
  };
}

/** Where a disk's or snapshot's data can be exported from, and under which key it is stored. */
export interface DiskLike {
  name: string;
  properties: {
    /** `Unattached`, `Attached`, `Reserved` (attached to a deallocated VM), `ActiveSAS` (exported now), … */
    diskState?: string;
    osType?: string;
    /** `EncryptionAtRestWithPlatformKey`, `EncryptionAtRestWithCustomerKey`, `EncryptionAtRestWithPlatformAndCustomerKeys`. */
    encryption?: { type?: string; diskEncryptionSetId?: string };
    /**
     * OS disks of Trusted Launch and Confidential VMs: `ConfidentialVM_DiskEncryptedWithCustomerKey` means the
     * disk and VM guest state are encrypted with the customer-managed key of `secureVMDiskEncryptionSetId`.
     */
    securityProfile?: { securityType?: string; secureVMDiskEncryptionSetId?: string };
    /** `AllowAll`, `AllowPrivate` (disk access private endpoints only) or `DenyAll` (no export or upload). */
    networkAccessPolicy?: string;
    /** `Enabled` or `Disabled`: whether a SAS URI to the data works from the internet. */
    publicNetworkAccess?: string;
  };
}

/** `GET /subscriptions/{id}/providers/Microsoft.Compute/disks`. */
export interface ManagedDisk extends ArmResource, DiskLike {
  /** The ARM id of the VM the disk is attached to. */
  managedBy?: string;
}

/** `GET /subscriptions/{id}/providers/Microsoft.Compute/snapshots`: a point-in-time copy of a disk, never attached. */
export interface Snapshot extends ArmResource, DiskLike {
  properties: DiskLike['properties'] & { incremental?: boolean };
}

export const AZURE_COMPUTE_VMS = inventoryKey<VirtualMachine[]>('azure.compute.virtualMachines', 'global');
export const AZURE_COMPUTE_DISKS = inventoryKey<ManagedDisk[]>('azure.compute.disks', 'global');
export const AZURE_COMPUTE_SCALE_SETS = inventoryKey<ScaleSet[]>('azure.compute.virtualMachineScaleSets', 'global');
export const AZURE_COMPUTE_SNAPSHOTS = inventoryKey<Snapshot[]>('azure.compute.snapshots', 'global');
