import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { linuxVm, vm, windowsVm } from '../cases.fixtures.js';
import { AZURE_COMPUTE_VMS, VM } from '../state.js';
import { computeVmLinuxPasswordAuthDisabled as check } from './azure.compute.vm-linux-password-auth-disabled.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_COMPUTE_VMS, VM, [
    ['SSH keys only passes', [linuxVm('v', { linuxConfiguration: { disablePasswordAuthentication: true } })], [['pass', 'ssh-keys-only']]],
    [
      'passwords allowed fails',
      [linuxVm('v', { linuxConfiguration: { disablePasswordAuthentication: false } })],
      [['fail', 'password-auth-enabled']],
    ],
    ['Windows is not applicable', [windowsVm('w', { windowsConfiguration: {} })], [['not_applicable', 'windows']]],
    ['a Linux VM without an OS profile is an error', [linuxVm('v', undefined)], [['error', 'error.unknown']]],
    ['a VM without an OS type is an error', [vm('v')], [['error', 'error.unknown']]],
  ]),
};
