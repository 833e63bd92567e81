import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { guest, scaleSet } from '../cases.fixtures.js';
import { AZURE_COMPUTE_SCALE_SETS, VMSS } from '../state.js';
import { computeVmssAutomaticPatching as check } from './azure.compute.vmss-automatic-patching.js';

const upgrade = (enableAutomaticOSUpgrade: boolean) => ({ mode: 'Rolling', automaticOSUpgradePolicy: { enableAutomaticOSUpgrade } });
const linux = (patchMode?: string) => guest('s', 'Linux', { linuxConfiguration: patchMode ? { patchSettings: { patchMode } } : {} });

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_COMPUTE_SCALE_SETS, VMSS, [
    ['Uniform with automatic OS upgrade passes', [scaleSet('s', 'Uniform', linux(), upgrade(true))], [['pass', 'automatic-os-upgrade']]],
    [
      'Uniform without automatic OS upgrade fails',
      [scaleSet('s', 'Uniform', linux(), upgrade(false))],
      [['fail', 'no-automatic-os-upgrade']],
    ],
    // Guest patch modes are documented for single VMs and Flexible scale sets only.
    [
      'Uniform with a platform patch mode but no OS upgrade fails',
      [scaleSet('s', 'Uniform', linux('AutomaticByPlatform'))],
      [['fail', 'no-automatic-os-upgrade']],
    ],
    [
      'Flexible with AutomaticByPlatform passes',
      [scaleSet('s', 'Flexible', linux('AutomaticByPlatform'))],
      [['pass', 'platform-patching']],
    ],
    ['Flexible with ImageDefault fails', [scaleSet('s', 'Flexible', linux('ImageDefault'))], [['fail', 'no-automatic-patching']]],
    [
      'Flexible Windows with automatic updates on passes',
      [scaleSet('w', 'Flexible', guest('w', 'Windows', { windowsConfiguration: { enableAutomaticUpdates: true } }))],
      [['pass', 'os-patching']],
    ],
    ['Flexible without a VM model is not applicable', [scaleSet('s', 'Flexible')], [['not_applicable', 'no-vm-profile']]],
    [
      'Flexible from a specialised image (no OS profile) is an error',
      [scaleSet('s', 'Flexible', guest('s', 'Linux', undefined))],
      [['error', 'error.unknown']],
    ],
    [
      'no orchestration mode and no OS upgrade is an error',
      [scaleSet('s', undefined, linux('AutomaticByPlatform'))],
      [['error', 'error.unknown']],
    ],
    [
      'no orchestration mode with OS upgrade on passes',
      [scaleSet('s', undefined, linux(), upgrade(true))],
      [['pass', 'automatic-os-upgrade']],
    ],
  ]),
};
