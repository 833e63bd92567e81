import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { guest, scaleSet } from '../cases.fixtures.js';
import { AZURE_COMPUTE_SCALE_SETS, VMSS } from '../state.js';
import { computeVmssLinuxPasswordAuthDisabled as check } from './azure.compute.vmss-linux-password-auth-disabled.js';

const linux = (disablePasswordAuthentication?: boolean) =>
  scaleSet('s', 'Uniform', guest('s', 'Linux', { linuxConfiguration: { disablePasswordAuthentication } }));

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_COMPUTE_SCALE_SETS, VMSS, [
    ['SSH keys only passes', [linux(true)], [['pass', 'ssh-keys-only']]],
    ['passwords allowed fails', [linux(false)], [['fail', 'password-auth-enabled']]],
    [
      'a Windows model is not applicable',
      [scaleSet('w', 'Uniform', guest('w', 'Windows', { windowsConfiguration: {} }))],
      [['not_applicable', 'windows']],
    ],
    [
      'a model from a specialised image (no OS profile) is an error',
      [scaleSet('s', 'Flexible', guest('s', 'Linux', undefined))],
      [['error', 'error.unknown']],
    ],
    ['an OS profile without the flag is an error', [linux()], [['error', 'error.unknown']]],
    ['a Flexible set without a VM model is not applicable', [scaleSet('s', 'Flexible')], [['not_applicable', 'no-vm-profile']]],
  ]),
};
