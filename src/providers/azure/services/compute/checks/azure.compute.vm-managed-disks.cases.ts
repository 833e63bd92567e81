import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { managed, vm } from '../cases.fixtures.js';
import { AZURE_COMPUTE_VMS, VM } from '../state.js';
import { computeVmManagedDisks as check } from './azure.compute.vm-managed-disks.js';

const vhd = (name: string) => ({ name, vhd: { uri: `https://legacy.blob.core.windows.net/vhds/${name}.vhd` } });

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_COMPUTE_VMS, VM, [
    [
      'managed OS and data disks pass',
      [vm('v', { storageProfile: { osDisk: managed('os'), dataDisks: [{ ...managed('data'), lun: 0 }] } })],
      [['pass', 'managed-disks']],
    ],
    ['an unmanaged OS disk fails', [vm('v', { storageProfile: { osDisk: vhd('os') } })], [['fail', 'unmanaged-disks']]],
    [
      'one unmanaged data disk fails',
      [vm('v', { storageProfile: { osDisk: managed('os'), dataDisks: [{ ...vhd('data'), lun: 1 }] } })],
      [['fail', 'unmanaged-disks']],
    ],
    ['no storage profile is an error', [vm('v')], [['error', 'error.unknown']]],
    ['a disk naming neither kind is an error', [vm('v', { storageProfile: { osDisk: { name: 'os' } } })], [['error', 'error.unknown']]],
  ]),
};
