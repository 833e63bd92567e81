import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { vault } from '../cases.fixtures.js';
import { AZURE_RECOVERY_VAULTS, VAULT } from '../state.js';
import { recoveryservicesSoftDeleteEnabled as check } from './azure.recoveryservices.soft-delete-enabled.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_RECOVERY_VAULTS, VAULT, [
    [
      'AlwaysON passes',
      [vault('v', { securitySettings: { softDeleteSettings: { softDeleteState: 'AlwaysON' } } })],
      [['pass', 'soft-delete-on']],
    ],
    [
      'Disabled fails',
      [vault('v', { securitySettings: { softDeleteSettings: { softDeleteState: 'Disabled' } } })],
      [['fail', 'soft-delete-off']],
    ],
    ['no state is an error', [vault('v')], [['error', 'error.unknown']]],
  ]),
};
