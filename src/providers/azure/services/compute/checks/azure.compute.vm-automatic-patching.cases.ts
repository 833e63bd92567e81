import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { linuxVm, windowsVm } from '../cases.fixtures.js';
import { AZURE_COMPUTE_VMS, VM } from '../state.js';
import { computeVmAutomaticPatching as check } from './azure.compute.vm-automatic-patching.js';

const linux = (patchMode?: string) => linuxVm('l', { linuxConfiguration: patchMode ? { patchSettings: { patchMode } } : {} });

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_COMPUTE_VMS, VM, [
    ['Linux AutomaticByPlatform passes', [linux('AutomaticByPlatform')], [['pass', 'platform-patching']]],
    ['Linux ImageDefault fails', [linux('ImageDefault')], [['fail', 'no-automatic-patching']]],
    ['Linux without a patch mode fails (ImageDefault)', [linux()], [['fail', 'no-automatic-patching']]],
    [
      'Windows AutomaticByOS passes',
      [windowsVm('w', { windowsConfiguration: { enableAutomaticUpdates: true, patchSettings: { patchMode: 'AutomaticByOS' } } })],
      [['pass', 'os-patching']],
    ],
    [
      'Windows Manual fails',
      [windowsVm('w', { windowsConfiguration: { enableAutomaticUpdates: false, patchSettings: { patchMode: 'Manual' } } })],
      [['fail', 'no-automatic-patching']],
    ],
    [
      'Windows without a mode but automatic updates on passes',
      [windowsVm('w', { windowsConfiguration: { enableAutomaticUpdates: true } })],
      [['pass', 'os-patching']],
    ],
    // Microsoft documents enableAutomaticUpdates as true when unset, and AutomaticByOS is the mode it implies.
    [
      'Windows with neither setting passes (automatic updates default to on)',
      [windowsVm('w', { windowsConfiguration: {} })],
      [['pass', 'os-patching']],
    ],
    [
      'Windows with automatic updates off and no mode fails',
      [windowsVm('w', { windowsConfiguration: { enableAutomaticUpdates: false } })],
      [['fail', 'no-automatic-patching']],
    ],
    ['Windows without a Windows configuration is an error', [windowsVm('w', {})], [['error', 'error.unknown']]],
    ['no OS profile is an error', [linuxVm('l', undefined)], [['error', 'error.unknown']]],
  ]),
};
