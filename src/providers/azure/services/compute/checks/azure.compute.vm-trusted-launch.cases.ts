import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { vm } from '../cases.fixtures.js';
import { AZURE_COMPUTE_VMS, VM } from '../state.js';
import { computeVmTrustedLaunch as check } from './azure.compute.vm-trusted-launch.js';

const both = { secureBootEnabled: true, vTpmEnabled: true };

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_COMPUTE_VMS, VM, [
    [
      'Trusted Launch with both passes',
      [vm('v', { securityProfile: { securityType: 'TrustedLaunch', uefiSettings: both } })],
      [['pass', 'trusted-launch']],
    ],
    [
      'a confidential VM passes',
      [vm('v', { securityProfile: { securityType: 'ConfidentialVM', uefiSettings: both } })],
      [['pass', 'trusted-launch']],
    ],
    [
      'Secure Boot off fails',
      [vm('v', { securityProfile: { securityType: 'TrustedLaunch', uefiSettings: { vTpmEnabled: true } } })],
      [['fail', 'uefi-protection-off']],
    ],
    ['Standard fails', [vm('v', { securityProfile: { securityType: 'Standard', uefiSettings: both } })], [['fail', 'standard-security']]],
    ['no security profile fails (Standard)', [vm('v')], [['fail', 'standard-security']]],
  ]),
};
