import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { scaleSet } from '../cases.fixtures.js';
import { AZURE_COMPUTE_SCALE_SETS, VMSS } from '../state.js';
import { computeVmssEncryptionAtHost as check } from './azure.compute.vmss-encryption-at-host.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_COMPUTE_SCALE_SETS, VMSS, [
    [
      'encryption at host in the model passes',
      [scaleSet('s', 'Uniform', { securityProfile: { encryptionAtHost: true } })],
      [['pass', 'encryption-at-host']],
    ],
    ['false fails', [scaleSet('s', 'Uniform', { securityProfile: { encryptionAtHost: false } })], [['fail', 'no-encryption-at-host']]],
    ['no security profile fails (documented default off)', [scaleSet('s', 'Flexible', {})], [['fail', 'no-encryption-at-host']]],
    ['a Flexible set without a VM model is not applicable', [scaleSet('s', 'Flexible')], [['not_applicable', 'no-vm-profile']]],
    ['a Uniform set without a VM model is an error', [scaleSet('s', 'Uniform')], [['error', 'error.unknown']]],
  ]),
};
