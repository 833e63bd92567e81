/** Facts several compute checks agree on: a disk's attachment, key and export paths, and the errors for what ARM left out. */
import { missingData } from '../../../../model/fetched.js';
import { bad, missing, ok, type Verdict } from '../../service-kit/check.js';
import { listApi } from '../../service-kit/collect.js';
import type { DISK, DiskLike, ManagedDisk, SNAPSHOT, VM, VMSS } from './state.js';

type ComputeType = typeof VM | typeof VMSS | typeof DISK | typeof SNAPSHOT;

/** The list answer a field is missing from: an error naming the list API and its RBAC read action. */
export function missingFrom(type: ComputeType, message: string): Verdict {
  const { api, actions } = listApi(type);
  return missing(api, actions[0]!, message);
}

/**
 * A setting ARM does not hold for this resource (a VM from a specialised disk has no OS profile):
 * an error naming what is missing and where to look instead, and no permission, since none would help.
 */
export function notInArm(type: ComputeType, message: string): Verdict {
  return { status: 'error', error: missingData(listApi(type).api, message, 'n/a') };
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
 * encryption with a customer key), fail with the platform key alone. `what` names it: "Attached disk x".
 */
export function diskKeyVerdict(disk: DiskLike, what: string, type: typeof DISK | typeof SNAPSHOT): Verdict {
  const keyType = disk.properties.encryption?.type;
  const security = disk.properties.securityProfile;
  const confidentialCmk = security?.securityType?.toLowerCase() === CONFIDENTIAL_CUSTOMER_KEY;
  if (!keyType && !confidentialCmk) return missingFrom(type, `${what} reports no encryption type`);
  const observed = {
    encryptionType: keyType ?? null,
    diskEncryptionSetId: disk.properties.encryption?.diskEncryptionSetId ?? null,
    diskState: disk.properties.diskState ?? null,
    ...(security?.securityType
      ? { securityType: security.securityType, secureVMDiskEncryptionSetId: security.secureVMDiskEncryptionSetId ?? null }
      : {}),
  };
  return confidentialCmk || CUSTOMER_KEY_TYPES.has((keyType ?? '').toLowerCase())
    ? ok('cmk', `${what} is encrypted with a customer-managed key.`, observed)
    : bad('platform-key', `${what} is encrypted with a platform-managed key only.`, observed);
}

/**
 * Where a disk's or snapshot's data can be read or overwritten through a SAS URI: nowhere (`DenyAll`),
 * private endpoints only (`AllowPrivate`), or any network unless `publicNetworkAccess` is `Disabled`.
 * `what` names it: "Disk x", "Snapshot y".
 */
export function exportVerdict(disk: DiskLike, what: string, type: typeof DISK | typeof SNAPSHOT): Verdict {
  const policy = disk.properties.networkAccessPolicy;
  if (!policy) return missingFrom(type, `${what} reports no networkAccessPolicy`);
  const pna = disk.properties.publicNetworkAccess;
  const state = disk.properties.diskState;
  const observed = { networkAccessPolicy: policy, publicNetworkAccess: pna ?? null, ...(state ? { diskState: state } : {}) };
  const p = policy.toLowerCase();
  if (p === 'denyall') return ok('export-denied', `${what} cannot be exported or uploaded to.`, observed);
  if (p === 'allowprivate') return ok('private-only', `${what} can be exported only through private endpoints.`, observed);
  if (pna?.toLowerCase() === 'disabled') return ok('public-access-disabled', `${what} allows export, but not from the internet.`, observed);
  // ActiveSAS: a SAS URI has been granted and is live now, so the data is downloadable at this moment.
  const live = state?.toLowerCase() === 'activesas' ? ' and is exported through a live SAS URI now' : '';
  return bad(
    'public-export',
    `${what} can be exported or uploaded from any network (${policy}, public access ${pna ?? 'not disabled'})${live}.`,
    observed,
  );
}
