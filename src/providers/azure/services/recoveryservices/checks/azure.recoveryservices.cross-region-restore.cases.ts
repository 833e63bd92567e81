import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { vault } from '../cases.fixtures.js';
import { AZURE_RECOVERY_VAULTS, VAULT } from '../state.js';
import { recoveryservicesCrossRegionRestore as check } from './azure.recoveryservices.cross-region-restore.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_RECOVERY_VAULTS, VAULT, [
    [
      'GRS with CRR passes',
      [vault('v', { redundancySettings: { standardTierStorageRedundancy: 'GeoRedundant', crossRegionRestore: 'Enabled' } })],
      [['pass', 'crr-enabled']],
    ],
    [
      'GRS without CRR fails',
      [vault('v', { redundancySettings: { standardTierStorageRedundancy: 'GeoRedundant', crossRegionRestore: 'Disabled' } })],
      [['fail', 'crr-disabled']],
    ],
    ['LRS fails', [vault('v', { redundancySettings: { standardTierStorageRedundancy: 'LocallyRedundant' } })], [['fail', 'crr-disabled']]],
  ]),
};
