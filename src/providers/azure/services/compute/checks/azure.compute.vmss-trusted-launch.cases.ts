import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { scaleSet } from '../cases.fixtures.js';
import { AZURE_COMPUTE_SCALE_SETS, VMSS } from '../state.js';
import { computeVmssTrustedLaunch as check } from './azure.compute.vmss-trusted-launch.js';

const both = { secureBootEnabled: true, vTpmEnabled: true };

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_COMPUTE_SCALE_SETS, VMSS, [
    [
      'Trusted Launch with both passes',
      [scaleSet('s', 'Uniform', { securityProfile: { securityType: 'TrustedLaunch', uefiSettings: both } })],
      [['pass', 'trusted-launch']],
    ],
    [
      'vTPM off fails',
      [scaleSet('s', 'Uniform', { securityProfile: { securityType: 'TrustedLaunch', uefiSettings: { secureBootEnabled: true } } })],
      [['fail', 'uefi-protection-off']],
    ],
    ['no security type fails (Standard)', [scaleSet('s', 'Uniform', {})], [['fail', 'standard-security']]],
    ['a Flexible set without a VM model is not applicable', [scaleSet('s', 'Flexible')], [['not_applicable', 'no-vm-profile']]],
    ['a set reporting neither a model nor a mode is an error', [scaleSet('s', undefined)], [['error', 'error.unknown']]],
  ]),
};
