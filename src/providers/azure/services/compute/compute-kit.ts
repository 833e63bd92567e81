/** Facts several compute checks agree on: a VM's OS, a disk's attachment and key, and the error for a field ARM left out. */
import { bad, missing, ok, type Verdict } from '../../service-kit/check.js';
import { listApi } from '../../service-kit/collect.js';
import { DISK, type ManagedDisk, type VirtualMachine, type VM } from './state.js';

/** The list answer a field is missing from: an error naming the list API and its RBAC read action. */
export function missingFrom(type: typeof VM | typeof DISK, message: string): Verdict {
  const { api, actions } = listApi(type);
  return missing(api, actions[0]!, message);
}

/** `Linux` or `Windows` from the OS disk, else from which guest configuration the OS profile carries. */
export function osOf(vm: VirtualMachine): 'Linux' | 'Windows' | undefined {
  const stated = vm.properties.storageProfile?.osDisk?.osType?.toLowerCase();
  if (stated === 'linux') return 'Linux';
  if (stated === 'windows') return 'Windows';
  const p = vm.properties.osProfile;
  return p?.linuxConfiguration ? 'Linux' : p?.windowsConfiguration ? 'Windows' : undefined;
}

/** Attached to a VM: `managedBy` names it, or the state says so (`Reserved` is attached to a deallocated VM). */
export function isAttached(disk: ManagedDisk): boolean {
  const state = disk.properties.diskState?.toLowerCase();
  return Boolean(disk.managedBy) || state === 'attached' || state === 'reserved';
}

const CUSTOMER_KEY_TYPES = new Set(['encryptionatrestwithcustomerkey', 'encryptionatrestwithplatformandcustomerkeys']);

/** Confidential VM disk encryption whose key is customer-managed (the disk's security profile, not `encryption`). */
const CONFIDENTIAL_CUSTOMER_KEY = 'confidentialvm_diskencryptedwithcustomerkey';

/**
 * Pass with a customer-managed key (alone or doubled with the platform key, or Confidential VM disk
 * encryption with a customer key), fail with the platform key alone.
 */
export function diskKeyVerdict(disk: ManagedDisk, where: string): Verdict {
  const type = disk.properties.encryption?.type;
  const security = disk.properties.securityProfile;
  const confidentialCmk = security?.securityType?.toLowerCase() === CONFIDENTIAL_CUSTOMER_KEY;
  if (!type && !confidentialCmk) return missingFrom(DISK, `disk ${disk.name} reports no encryption type`);
  const observed = {
    encryptionType: type ?? null,
    diskEncryptionSetId: disk.properties.encryption?.diskEncryptionSetId ?? null,
    diskState: disk.properties.diskState ?? null,
    ...(security?.securityType
      ? { securityType: security.securityType, secureVMDiskEncryptionSetId: security.secureVMDiskEncryptionSetId ?? null }
      : {}),
  };
  return confidentialCmk || CUSTOMER_KEY_TYPES.has((type ?? '').toLowerCase())
    ? ok('cmk', `${where} disk ${disk.name} is encrypted with a customer-managed key.`, observed)
    : bad('platform-key', `${where} disk ${disk.name} is encrypted with a platform-managed key only.`, observed);
}
