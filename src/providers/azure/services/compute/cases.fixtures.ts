import { res, rid } from '../../service-kit/cases.fixtures.js';
import { DISK, type ManagedDisk, type VirtualMachine, VM } from './state.js';

export const vm = (name: string, properties: VirtualMachine['properties'] = {}): VirtualMachine => res(VM, name, properties);

export const managed = (name: string) => ({ name, managedDisk: { id: rid(DISK, name), storageAccountType: 'Premium_LRS' } });

/** A Linux VM on a managed OS disk with the given OS profile. */
export const linuxVm = (name: string, osProfile: VirtualMachine['properties']['osProfile']): VirtualMachine =>
  vm(name, { storageProfile: { osDisk: { ...managed(`${name}-os`), osType: 'Linux' } }, ...(osProfile ? { osProfile } : {}) });

/** A Windows VM on a managed OS disk with the given OS profile. */
export const windowsVm = (name: string, osProfile: VirtualMachine['properties']['osProfile']): VirtualMachine =>
  vm(name, { storageProfile: { osDisk: { ...managed(`${name}-os`), osType: 'Windows' } }, ...(osProfile ? { osProfile } : {}) });

/** A managed disk; `managedBy` names the VM it is attached to. */
export const disk = (name: string, properties: ManagedDisk['properties'], managedBy?: string): ManagedDisk =>
  res(DISK, name, properties, managedBy ? { managedBy } : {});

export const VM_ID = rid(VM, 'vm1');
