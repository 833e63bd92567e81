/** Virtual machine and managed disk state: ARM wire names, trimmed to what the checks read. No SDK imports. */
import { inventoryKey } from '../../../../model/keys.js';
import type { ArmResource } from '../../arm-state.js';

export const VM = 'Microsoft.Compute/virtualMachines';
export const DISK = 'Microsoft.Compute/disks';

/** An OS or data disk as a VM's storage profile names it: a managed disk, or an unmanaged page blob (`vhd`). */
export interface VmDisk {
  name?: string;
  /** Data disks only: the logical unit number. */
  lun?: number;
  /** `Linux` or `Windows` (OS disk only). */
  osType?: string;
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

/**
 * `GET /subscriptions/{id}/providers/Microsoft.Compute/virtualMachines`. `osProfile` holds only
 * the flags below: the admin password, custom data and secrets are never named, so never kept.
 */
export interface VirtualMachine extends ArmResource {
  properties: {
    storageProfile?: { osDisk?: VmDisk; dataDisks?: VmDisk[] };
    /** Absent means encryption at host off and security type Standard (Microsoft's documented defaults). */
    securityProfile?: {
      encryptionAtHost?: boolean;
      /** `Standard`, `TrustedLaunch` or `ConfidentialVM`. */
      securityType?: string;
      uefiSettings?: { secureBootEnabled?: boolean; vTpmEnabled?: boolean };
    };
    /** Absent for a VM created from a specialised (attached) OS disk: ARM then knows nothing of its guest settings. */
    osProfile?: {
      linuxConfiguration?: { disablePasswordAuthentication?: boolean; patchSettings?: PatchSettings };
      windowsConfiguration?: { enableAutomaticUpdates?: boolean; patchSettings?: PatchSettings };
    };
  };
}

/** `GET /subscriptions/{id}/providers/Microsoft.Compute/disks`. */
export interface ManagedDisk extends ArmResource {
  /** The ARM id of the VM the disk is attached to. */
  managedBy?: string;
  properties: {
    /** `Unattached`, `Attached`, `Reserved` (attached to a deallocated VM), `ActiveSAS`, `ReadyToUpload`, … */
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
    /** `Enabled` or `Disabled`: whether a SAS URI to the disk's data works from the internet. */
    publicNetworkAccess?: string;
  };
}

export const AZURE_COMPUTE_VMS = inventoryKey<VirtualMachine[]>('azure.compute.virtualMachines', 'global');
export const AZURE_COMPUTE_DISKS = inventoryKey<ManagedDisk[]>('azure.compute.disks', 'global');
