import { res, rid } from '../../service-kit/cases.fixtures.js';
import {
  DISK,
  type GuestProfile,
  type ManagedDisk,
  type ScaleSet,
  SNAPSHOT,
  type Snapshot,
  type VirtualMachine,
  VM,
  VMSS,
} from './state.js';

export const vm = (name: string, properties: VirtualMachine['properties'] = {}): VirtualMachine => res(VM, name, properties);

export const managed = (name: string) => ({ name, managedDisk: { id: rid(DISK, name), storageAccountType: 'Premium_LRS' } });

/** A guest model on a managed OS disk of the given OS, with the given OS profile (none: a specialised disk, attached). */
export const guest = (name: string, osType: 'Linux' | 'Windows', osProfile: GuestProfile['osProfile']): GuestProfile => ({
  storageProfile: { osDisk: { ...managed(`${name}-os`), osType, createOption: osProfile ? 'FromImage' : 'Attach' } },
  ...(osProfile ? { osProfile } : {}),
});

/** A Linux VM on a managed OS disk with the given OS profile. */
export const linuxVm = (name: string, osProfile: GuestProfile['osProfile']): VirtualMachine => vm(name, guest(name, 'Linux', osProfile));

/** A Windows VM on a managed OS disk with the given OS profile. */
export const windowsVm = (name: string, osProfile: GuestProfile['osProfile']): VirtualMachine =>
  vm(name, guest(name, 'Windows', osProfile));

/** A managed disk; `managedBy` names the VM it is attached to. */
export const disk = (name: string, properties: ManagedDisk['properties'], managedBy?: string): ManagedDisk =>
  res(DISK, name, properties, managedBy ? { managedBy } : {});

/** A snapshot of a disk. */
export const snapshot = (name: string, properties: Snapshot['properties']): Snapshot => res(SNAPSHOT, name, properties);

/** A scale set in the given orchestration mode with the given VM model (none: a Flexible set of hand-added VMs). */
export const scaleSet = (
  name: string,
  orchestrationMode: string | undefined,
  virtualMachineProfile?: GuestProfile,
  upgradePolicy?: ScaleSet['properties']['upgradePolicy'],
): ScaleSet =>
  res(VMSS, name, {
    ...(orchestrationMode ? { orchestrationMode } : {}),
    ...(virtualMachineProfile ? { virtualMachineProfile } : {}),
    ...(upgradePolicy ? { upgradePolicy } : {}),
  });

export const VM_ID = rid(VM, 'vm1');
