import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { vm } from '../cases.fixtures.js';
import { AZURE_COMPUTE_VMS, VM } from '../state.js';
import { computeVmEncryptionAtHost as check } from './azure.compute.vm-encryption-at-host.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_COMPUTE_VMS, VM, [
    ['encryption at host passes', [vm('v', { securityProfile: { encryptionAtHost: true } })], [['pass', 'encryption-at-host']]],
    ['false fails', [vm('v', { securityProfile: { encryptionAtHost: false } })], [['fail', 'no-encryption-at-host']]],
    ['no security profile fails (documented default off)', [vm('v')], [['fail', 'no-encryption-at-host']]],
  ]),
};
